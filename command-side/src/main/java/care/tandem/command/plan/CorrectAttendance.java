package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

import static care.tandem.command.plan.CommandChecks.required;
import static care.tandem.command.plan.CommandChecks.requiredText;

/** Records a corrected attendance fact beside the original, with the reason; nothing is overwritten. */
public record CorrectAttendance(
        @TargetAggregateIdentifier PlanId planId,
        SessionId sessionId,
        AttendanceEntry corrected,
        String correctionReason,
        ClinicianId correctedBy,
        Instant correctedAt) implements SessionCommand {

    public CorrectAttendance {
        required(planId, "planId");
        required(sessionId, "sessionId");
        required(corrected, "corrected");
        correctionReason = requiredText(correctionReason, "correctionReason", 500);
        required(correctedBy, "correctedBy");
        required(correctedAt, "correctedAt");
    }

    @Override
    public SessionId concernedSession() {
        return sessionId;
    }
}
