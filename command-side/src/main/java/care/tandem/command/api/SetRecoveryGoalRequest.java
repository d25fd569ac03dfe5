package care.tandem.command.api;

import care.tandem.events.plan.GoalScope;

/** goalId is optional (the server assigns one); participantId only for an INDIVIDUAL goal. */
public record SetRecoveryGoalRequest(String goalId, GoalScope scope, String participantId, String description) {
}
