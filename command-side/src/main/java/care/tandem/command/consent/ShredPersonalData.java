package care.tandem.command.consent;

import care.tandem.events.consent.ShreddingReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Destroy the person's key. {@code retainedUntil} is the end of the retention period after the last entry of any
 * record the person is in; {@code overrideBasis} (null if none) is why it may happen before.
 */
public record ShredPersonalData(@TargetAggregateIdentifier PersonConsentsId consents, ShreddingReason reason,
                                String overrideBasis, Instant lastEntryAt, Instant retainedUntil, String requestedBy,
                                Instant requestedAt) {
}
