package care.tandem.query.readmodel;

/**
 * A read model document, written by one treatment plan's events: the plan's own, keyed by the plan id, or the plan's
 * share of a view across plans, keyed by a {@link DocumentKey} ending in the plan id. It remembers the sequence number
 * of the plan's last event it reflects.
 */
public interface PlanDocument<T extends PlanDocument<T>> {

    /** The {@link #lastAppliedSequence()} of a plan's document before its first event; Axon counts from 0. */
    long NOTHING_APPLIED = -1;

    /** The plan id or {@link DocumentKey}, stored as MongoDB's {@code _id}. */
    String id();

    long lastAppliedSequence();

    T withLastAppliedSequence(long sequence);
}
