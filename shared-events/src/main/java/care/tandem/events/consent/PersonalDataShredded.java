package care.tandem.events.consent;

import care.tandem.events.id.ParticipantId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The person's key was destroyed: everything sealed with it (their name, their words) reads "[erased]" from now on,
 * while the record's ids, times and everyone else's text stay. {@code retentionOverridden} says it came before the
 * retention period after the record's last entry ({@code lastEntryAt}) was over, on the recorded {@code overrideBasis}
 * (null otherwise). {@code shreddedBy} is the token subject of the compliance officer who shredded it.
 */
@Revision("1")
public record PersonalDataShredded(
        ParticipantId person,
        ShreddingReason reason,
        boolean retentionOverridden,
        String overrideBasis,
        Instant lastEntryAt,
        String shreddedBy,
        Instant shreddedAt) {
}
