package care.tandem.query.readmodel;

import java.util.Optional;

/**
 * One document as a batch of events sees it ({@link BatchWrites}): as it was read, and as the batch's events have
 * changed it so far.
 */
final class StagedDocument<T extends PlanDocument<T>> {

    private final String id;
    /** The last applied sequence number as read; null: the document did not exist. Guards the write. */
    private final Long storedSequence;
    private T current;
    private boolean changed;
    private boolean share;

    /** @param stored the document as read; null: it did not exist */
    StagedDocument(String id, T stored) {
        this.id = id;
        this.storedSequence = stored == null ? null : stored.lastAppliedSequence();
        this.current = stored;
    }

    String id() {
        return id;
    }

    Long storedSequence() {
        return storedSequence;
    }

    Optional<T> current() {
        return Optional.ofNullable(current);
    }

    /**
     * @param share whether the document is a plan's share of a view across plans, written before the plans' own
     * @return what undoes this change
     */
    Runnable change(T next, boolean share) {
        T before = current;
        boolean changedBefore = changed;
        boolean shareBefore = this.share;
        this.current = next;
        this.changed = true;
        this.share = share;
        return () -> {
            current = before;
            changed = changedBefore;
            this.share = shareBefore;
        };
    }

    boolean changed() {
        return changed;
    }

    boolean share() {
        return share;
    }
}
