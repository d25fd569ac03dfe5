package care.tandem.events.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** Every expected partner attended the joint session. */
@Revision("1")
public record JointAttendanceRecorded(
        PlanId planId,
        SessionId sessionId,
        List<ParticipantId> attendees,
        ClinicianId recordedBy,
        Instant recordedAt) {
}
