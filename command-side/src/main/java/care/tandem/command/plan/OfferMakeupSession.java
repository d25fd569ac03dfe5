package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

import static care.tandem.command.plan.CommandChecks.required;

public record OfferMakeupSession(
        @TargetAggregateIdentifier PlanId planId,
        SessionId missedSessionId,
        ClinicianId offeredBy,
        Instant offeredAt) implements SessionCommand {

    public OfferMakeupSession {
        required(planId, "planId");
        required(missedSessionId, "missedSessionId");
        required(offeredBy, "offeredBy");
        required(offeredAt, "offeredAt");
    }

    @Override
    public SessionId concernedSession() {
        return missedSessionId;
    }
}
