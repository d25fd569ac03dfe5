package care.tandem.events.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The partner who missed a joint session declined the makeup session offered for it. */
@Revision("1")
public record MakeupSessionDeclined(
        PlanId planId,
        SessionId missedSessionId,
        ParticipantId absentPartner,
        ClinicianId recordedBy,
        Instant declinedAt) {
}
