package care.tandem.events.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

@Revision("1")
public record JointSessionScheduled(
        PlanId planId,
        SessionId sessionId,
        Instant startsAt,
        int durationMinutes,
        ClinicianId clinician,
        List<ParticipantId> expectedParticipants) {
}
