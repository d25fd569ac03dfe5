package care.tandem.events.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.privacy.PersonalData;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** One partner attended a joint session alone. reasonDetail only for OTHER; therapistJudgement and adjustedFocus are null on records made before revision 2. */
@Revision("2")
public record SoloAttendanceRecorded(
        PlanId planId,
        SessionId sessionId,
        ParticipantId attendingPartner,
        ParticipantId absentPartner,
        AbsenceReason absenceReason,
        @PersonalData(subject = "absentPartner")
        String reasonDetail,
        TherapistJudgement therapistJudgement,
        AdjustedFocus adjustedFocus,
        ClinicianId recordedBy,
        Instant recordedAt) {
}
