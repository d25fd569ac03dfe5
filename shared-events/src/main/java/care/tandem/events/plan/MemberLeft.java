package care.tandem.events.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A person left the plan's unit, with the reason. */
@Revision("1")
public record MemberLeft(
        PlanId planId,
        ParticipantId participantId,
        MemberLeaveReason reason,
        ClinicianId recordedBy,
        Instant leftAt) {
}
