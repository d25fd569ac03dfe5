package care.tandem.query.readmodel;

/**
 * A read model document: one per treatment plan, keyed by the plan id, remembering the sequence number of the plan's
 * last event it reflects.
 */
public interface PlanDocument<T extends PlanDocument<T>> {

    /** The {@link #lastAppliedSequence()} of a plan's document before its first event; Axon counts from 0. */
    long NOTHING_APPLIED = -1;

    /** The plan id, stored as MongoDB's {@code _id}. */
    String id();

    long lastAppliedSequence();

    T withLastAppliedSequence(long sequence);
}
