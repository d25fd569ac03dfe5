package care.tandem.command.plan;

import care.tandem.events.id.GoalId;
import care.tandem.events.id.PlanId;

/** The goal is not part of the plan: HTTP 404. */
public class UnknownGoalException extends RuntimeException {

    public UnknownGoalException(PlanId planId, GoalId goalId) {
        super("Treatment plan " + planId + " has no recovery goal " + goalId);
    }
}
