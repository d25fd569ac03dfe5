package care.tandem.command.plan;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AttendanceStatus;

import static care.tandem.command.plan.CommandChecks.required;

/**
 * How one participant attended, as the clinician reports it. Minutes are only for LATE and LEFT_EARLY, the
 * absence reason only for ABSENT; the plan works out the attended minutes from the session's duration.
 */
public record AttendanceEntry(
        ParticipantId participantId,
        AttendanceStatus status,
        Integer minutesLate,
        Integer minutesLeftEarly,
        AbsenceReason absenceReason) {

    public AttendanceEntry {
        required(participantId, "attendance[].participantId");
        required(status, "attendance[].status");
        requireOnlyFor(minutesLate, AttendanceStatus.LATE, status, "attendance[].minutesLate");
        requireOnlyFor(minutesLeftEarly, AttendanceStatus.LEFT_EARLY, status, "attendance[].minutesLeftEarly");
        requireOnlyFor(absenceReason, AttendanceStatus.ABSENT, status, "attendance[].absenceReason");
        atLeastOneMinute(minutesLate, "attendance[].minutesLate");
        atLeastOneMinute(minutesLeftEarly, "attendance[].minutesLeftEarly");
    }

    private static void atLeastOneMinute(Integer minutes, String field) {
        if (minutes != null && minutes < 1) {
            throw new InvalidCommandException(field, "must be at least 1 minute");
        }
    }

    private static void requireOnlyFor(Object value, AttendanceStatus owner, AttendanceStatus status, String field) {
        if ((status == owner) != (value != null)) {
            throw new InvalidCommandException(field, "is required for " + owner + " and only recorded for it");
        }
    }

    /** Minutes this participant was in a session of the given length. */
    int attendedMinutesOf(int durationMinutes) {
        return status.attendedMinutes(durationMinutes, minutesLate, minutesLeftEarly);
    }
}
