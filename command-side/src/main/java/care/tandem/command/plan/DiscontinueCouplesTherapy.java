package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.plan.DiscontinuationReason;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

import static care.tandem.command.plan.CommandChecks.required;

public record DiscontinueCouplesTherapy(
        @TargetAggregateIdentifier PlanId planId,
        DiscontinuationReason reason,
        ClinicianId discontinuedBy,
        Instant discontinuedAt) {

    public DiscontinueCouplesTherapy {
        required(planId, "planId");
        required(reason, "reason");
        required(discontinuedBy, "discontinuedBy");
        required(discontinuedAt, "discontinuedAt");
    }
}
