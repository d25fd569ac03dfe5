package care.tandem.integrity;

import java.time.Instant;
import java.util.List;

/**
 * The verifier's answer: whether the scope (one stream, or the whole store) verified, how much it read, the newest
 * checkpoint it checked against (null if none was made yet: then the chain alone was checked), the genesis
 * checkpoint if the store held events from before its chain, and the first problem of each stream.
 */
public record Verification(
        String scope,
        boolean verified,
        long streams,
        long events,
        Anchor checkpoint,
        Anchor genesis,
        List<Problem> problems,
        Instant verifiedAt,
        long millis) {

    /** A checkpoint as the verifier saw it. */
    public record Anchor(long id, Instant createdAt, int streams, boolean signatureValid) {
    }
}
