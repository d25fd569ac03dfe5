package care.tandem.command.api;

import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AdjustedFocus;
import care.tandem.events.plan.TherapistJudgement;
import jakarta.validation.constraints.Size;

public record RecordSoloAttendanceRequest(
        String attendingPartnerId,
        String absentPartnerId,
        AbsenceReason absenceReason,
        @Size(max = 500) String reasonDetail,
        TherapistJudgement therapistJudgement,
        AdjustedFocus adjustedFocus) {
}
