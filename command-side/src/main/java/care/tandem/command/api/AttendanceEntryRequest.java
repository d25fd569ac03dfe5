package care.tandem.command.api;

import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AttendanceStatus;

public record AttendanceEntryRequest(
        String participantId,
        AttendanceStatus status,
        Integer minutesLate,
        Integer minutesLeftEarly,
        AbsenceReason absenceReason) {
}
