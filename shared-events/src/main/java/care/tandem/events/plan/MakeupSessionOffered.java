package care.tandem.events.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A makeup session was offered to the partner who missed a joint session. */
@Revision("1")
public record MakeupSessionOffered(
        PlanId planId,
        SessionId missedSessionId,
        ParticipantId absentPartner,
        ClinicianId offeredBy,
        Instant offeredAt) {
}
