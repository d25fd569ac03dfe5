package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

import static care.tandem.command.plan.CommandChecks.required;

/** Records that both partners were told a joint session took place with one of them. */
public record InformPartnersOfAbsence(
        @TargetAggregateIdentifier PlanId planId,
        SessionId sessionId,
        ClinicianId informedBy,
        Instant informedAt) implements SessionCommand {

    public InformPartnersOfAbsence {
        required(planId, "planId");
        required(sessionId, "sessionId");
        required(informedBy, "informedBy");
        required(informedAt, "informedAt");
    }

    @Override
    public SessionId concernedSession() {
        return sessionId;
    }
}
