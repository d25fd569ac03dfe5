package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.GoalId;
import care.tandem.events.id.PlanId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

import static care.tandem.command.plan.CommandChecks.required;
import static care.tandem.command.plan.CommandChecks.requiredText;

public record ReviseRecoveryGoal(
        @TargetAggregateIdentifier PlanId planId,
        GoalId goalId,
        String description,
        ClinicianId revisedBy,
        Instant revisedAt) {

    public ReviseRecoveryGoal {
        required(planId, "planId");
        required(goalId, "goalId");
        description = requiredText(description, "description", 1000);
        required(revisedBy, "revisedBy");
        required(revisedAt, "revisedAt");
    }
}
