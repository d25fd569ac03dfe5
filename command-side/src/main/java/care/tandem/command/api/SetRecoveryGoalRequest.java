package care.tandem.command.api;

import care.tandem.events.plan.GoalScope;
import jakarta.validation.constraints.Size;

/** goalId is optional (the server assigns one); participantId only for an INDIVIDUAL goal. */
public record SetRecoveryGoalRequest(String goalId, GoalScope scope, String participantId,
                                     @Size(max = 1000) String description) {
}
