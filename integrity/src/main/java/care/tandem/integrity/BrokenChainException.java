package care.tandem.integrity;

/**
 * An append found no hash for the event before it: that event's chain entry was removed from the database. The
 * append is refused (its transaction rolls back) rather than chained onto a gap; the verifier says more.
 */
public class BrokenChainException extends IllegalStateException {

    public BrokenChainException(String streamId, long sequence) {
        super("The event chain of stream " + streamId + " has no hash at sequence " + sequence
                + ": the store was altered; verify it");
    }
}
