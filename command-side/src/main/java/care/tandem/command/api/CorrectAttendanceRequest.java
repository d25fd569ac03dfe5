package care.tandem.command.api;

import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AttendanceStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

public record CorrectAttendanceRequest(
        String participantId,
        AttendanceStatus status,
        @Min(1) @Max(240) Integer minutesLate,
        @Min(1) @Max(240) Integer minutesLeftEarly,
        AbsenceReason absenceReason,
        @Size(max = 500) String correctionReason) {
}
