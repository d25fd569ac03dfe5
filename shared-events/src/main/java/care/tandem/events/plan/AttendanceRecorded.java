package care.tandem.events.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** Attendance of a session, one entry per expected participant. */
@Revision("1")
public record AttendanceRecorded(
        PlanId planId,
        SessionId sessionId,
        List<ParticipantAttendance> attendance,
        ClinicianId recordedBy,
        Instant recordedAt) {
}
