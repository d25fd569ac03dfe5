package care.tandem.events.consent;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ConsentId;
import care.tandem.events.id.ParticipantId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The person revoked a consent: no disclosure under it from {@code revokedAt} on (42 CFR 2.31(a)(6)). */
@Revision("1")
public record ConsentRevoked(
        ParticipantId person,
        ConsentId consentId,
        ClinicianId recordedBy,
        Instant revokedAt) {
}
