package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AdjustedFocus;
import care.tandem.events.plan.TherapistJudgement;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

import static care.tandem.command.plan.CommandChecks.required;
import static care.tandem.command.plan.CommandChecks.requiredText;

/**
 * One partner attended a joint session alone: the therapist went ahead with them, judged whether the
 * absence hinders the couple's progress, and adjusted the session's focus.
 */
public record RecordSoloAttendance(
        @TargetAggregateIdentifier PlanId planId,
        SessionId sessionId,
        ParticipantId attendingPartner,
        ParticipantId absentPartner,
        AbsenceReason absenceReason,
        String reasonDetail,
        TherapistJudgement therapistJudgement,
        AdjustedFocus adjustedFocus,
        ClinicianId recordedBy,
        Instant recordedAt) implements SessionCommand {

    static final int MAX_REASON_DETAIL_LENGTH = 500;

    public RecordSoloAttendance {
        required(planId, "planId");
        required(sessionId, "sessionId");
        required(attendingPartner, "attendingPartnerId");
        required(absentPartner, "absentPartnerId");
        if (attendingPartner.equals(absentPartner)) {
            throw new InvalidCommandException("absentPartnerId", "must differ from attendingPartnerId");
        }
        required(absenceReason, "absenceReason");
        if (absenceReason == AbsenceReason.OTHER) {
            reasonDetail = requiredText(reasonDetail, "reasonDetail", MAX_REASON_DETAIL_LENGTH);
        } else if (reasonDetail != null) {
            // Free text is the likeliest place for PHI to creep in: only OTHER needs it.
            throw new InvalidCommandException("reasonDetail", "is only recorded when absenceReason is OTHER");
        }
        required(therapistJudgement, "therapistJudgement");
        required(adjustedFocus, "adjustedFocus");
        required(recordedBy, "recordedBy");
        required(recordedAt, "recordedAt");
    }

    @Override
    public SessionId concernedSession() {
        return sessionId;
    }
}
