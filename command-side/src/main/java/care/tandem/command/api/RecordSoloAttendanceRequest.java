package care.tandem.command.api;

import care.tandem.events.plan.AbsenceReason;

public record RecordSoloAttendanceRequest(
        String attendingPartnerId,
        String absentPartnerId,
        AbsenceReason absenceReason,
        String reasonDetail) {
}
