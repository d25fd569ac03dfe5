package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.CancellationReason;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

import static care.tandem.command.plan.CommandChecks.required;

/** A clinician cancels a session. Cancellations a pause, a discontinuation or a discharge cause are the plan's own. */
public record CancelSession(
        @TargetAggregateIdentifier PlanId planId,
        SessionId sessionId,
        CancellationReason reason,
        ClinicianId cancelledBy,
        Instant cancelledAt) implements SessionCommand {

    public CancelSession {
        required(planId, "planId");
        required(sessionId, "sessionId");
        required(reason, "reason");
        required(cancelledBy, "cancelledBy");
        required(cancelledAt, "cancelledAt");
    }

    @Override
    public SessionId concernedSession() {
        return sessionId;
    }
}
