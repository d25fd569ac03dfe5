package care.tandem.command.api;

import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AdjustedFocus;
import care.tandem.events.plan.TherapistJudgement;

public record RecordSoloAttendanceRequest(
        String attendingPartnerId,
        String absentPartnerId,
        AbsenceReason absenceReason,
        String reasonDetail,
        TherapistJudgement therapistJudgement,
        AdjustedFocus adjustedFocus) {
}
