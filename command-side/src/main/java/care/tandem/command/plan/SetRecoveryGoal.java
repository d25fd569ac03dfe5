package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.GoalId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.plan.GoalScope;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

import static care.tandem.command.plan.CommandChecks.required;
import static care.tandem.command.plan.CommandChecks.requiredText;

/** A shared goal of the unit, or an individual goal of one member (participantId set only then). */
public record SetRecoveryGoal(
        @TargetAggregateIdentifier PlanId planId,
        GoalId goalId,
        GoalScope scope,
        ParticipantId participantId,
        String description,
        ClinicianId setBy,
        Instant setAt) {

    public SetRecoveryGoal {
        required(planId, "planId");
        required(goalId, "goalId");
        required(scope, "scope");
        if ((scope == GoalScope.INDIVIDUAL) != (participantId != null)) {
            throw new InvalidCommandException("participantId",
                    "is required for an INDIVIDUAL goal and absent for a SHARED one");
        }
        description = requiredText(description, "description", 1000);
        required(setBy, "setBy");
        required(setAt, "setAt");
    }
}
