package care.tandem.query.integrity;

import care.tandem.integrity.Problem;
import care.tandem.integrity.Verification;

import java.time.Instant;

/**
 * Whether a plan's history as the event store holds it verified when it was shown: {@code VERIFIED} (every event
 * through {@code throughSequence} hashes to its chain and the stream reaches the head the newest signed checkpoint
 * holds), {@code NOT_VERIFIED} with the first event that does not match, or {@code UNAVAILABLE} with the reason it
 * could not be checked. {@code genesisAt} says from when on the history is proven if the store held events from
 * before its chain.
 */
public record RecordIntegrity(
        Status status,
        Instant verifiedAt,
        Long throughSequence,
        Long checkpointId,
        Instant checkpointAt,
        Instant genesisAt,
        Long firstMismatchSequence,
        String detail) {

    public enum Status {
        VERIFIED,
        NOT_VERIFIED,
        UNAVAILABLE
    }

    static RecordIntegrity of(Verification verification) {
        Problem problem = verification.problems().isEmpty() ? null : verification.problems().get(0);
        return new RecordIntegrity(verification.verified() ? Status.VERIFIED : Status.NOT_VERIFIED,
                verification.verifiedAt(), verification.events() == 0 ? null : verification.events() - 1,
                verification.checkpoint() == null ? null : verification.checkpoint().id(),
                verification.checkpoint() == null ? null : verification.checkpoint().createdAt(),
                verification.genesis() == null ? null : verification.genesis().createdAt(),
                problem == null ? null : problem.sequence(),
                problem == null ? (verification.checkpoint() == null ? "chained; no checkpoint signed yet" : null)
                        : problem.kind() + ": " + problem.detail());
    }

    static RecordIntegrity unavailable(Instant at, String reason) {
        return new RecordIntegrity(Status.UNAVAILABLE, at, null, null, null, null, null, reason);
    }
}
