package care.tandem.events.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** One partner attended a joint session alone; reasonDetail is set only for {@link AbsenceReason#OTHER}. */
@Revision("1")
public record SoloAttendanceRecorded(
        PlanId planId,
        SessionId sessionId,
        ParticipantId attendingPartner,
        ParticipantId absentPartner,
        AbsenceReason absenceReason,
        String reasonDetail,
        ClinicianId recordedBy,
        Instant recordedAt) {
}
