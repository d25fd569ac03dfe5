package care.tandem.integrity;

/**
 * What the verifier found wrong, at the first place it found it in a stream: the stream (a plan id, or
 * {@code consents/<participantId>}), the sequence number where known, and what kind of change it shows.
 */
public record Problem(String streamId, Long sequence, Kind kind, String detail) {

    public enum Kind {
        /** The event's stored columns no longer hash to the chain: it was edited (or events were reordered). */
        ALTERED,
        /** A sequence number is missing: the event was deleted. */
        MISSING,
        /** An event has no chain entry: it was inserted straight into the database. */
        UNCHAINED,
        /** The stream's chain is consistent but does not reach the head a signed checkpoint holds: rewritten. */
        REWRITTEN,
        /** A stream a signed checkpoint holds is gone. */
        REMOVED,
        /** A checkpoint's heads or root were changed, or its signature does not verify with the key. */
        CHECKPOINT_INVALID
    }
}
