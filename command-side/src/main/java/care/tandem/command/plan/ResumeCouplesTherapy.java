package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

import static care.tandem.command.plan.CommandChecks.required;

public record ResumeCouplesTherapy(
        @TargetAggregateIdentifier PlanId planId,
        ClinicianId resumedBy,
        Instant resumedAt) {

    public ResumeCouplesTherapy {
        required(planId, "planId");
        required(resumedBy, "resumedBy");
        required(resumedAt, "resumedAt");
    }
}
