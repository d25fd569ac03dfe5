package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

import static care.tandem.command.plan.CommandChecks.required;

/** The absent partner declined the makeup session offered for a missed joint session. */
public record DeclineMakeupSession(
        @TargetAggregateIdentifier PlanId planId,
        SessionId missedSessionId,
        ClinicianId recordedBy,
        Instant declinedAt) implements SessionCommand {

    public DeclineMakeupSession {
        required(planId, "planId");
        required(missedSessionId, "missedSessionId");
        required(recordedBy, "recordedBy");
        required(declinedAt, "declinedAt");
    }

    @Override
    public SessionId concernedSession() {
        return missedSessionId;
    }
}
