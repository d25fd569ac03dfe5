package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

import static care.tandem.command.plan.CommandChecks.required;
import static care.tandem.command.plan.CommandChecks.distinct;

/** Attendance of every participant a session expected, in one record. */
public record RecordAttendance(
        @TargetAggregateIdentifier PlanId planId,
        SessionId sessionId,
        List<AttendanceEntry> attendance,
        ClinicianId recordedBy,
        Instant recordedAt) implements SessionCommand {

    public RecordAttendance {
        required(planId, "planId");
        required(sessionId, "sessionId");
        required(attendance, "attendance");
        if (attendance.isEmpty()) {
            throw new InvalidCommandException("attendance", "must name every expected participant");
        }
        distinct(attendance.stream().map(AttendanceEntry::participantId).toList(), "attendance");
        attendance = List.copyOf(attendance);
        required(recordedBy, "recordedBy");
        required(recordedAt, "recordedAt");
    }

    @Override
    public SessionId concernedSession() {
        return sessionId;
    }
}
