package care.tandem.query.careplan;

import care.tandem.events.plan.GoalScope;

import java.time.Instant;

/**
 * A recovery goal as it now reads: SHARED goals are the unit's, INDIVIDUAL ones name their participant.
 * {@code revisedAt} is null until it is first revised.
 */
public record RecoveryGoal(
        String goalId,
        GoalScope scope,
        String participantId,
        String description,
        String setBy,
        Instant setAt,
        Instant revisedAt) {

    RecoveryGoal revised(String newDescription, Instant at) {
        return new RecoveryGoal(goalId, scope, participantId, newDescription, setBy, setAt, at);
    }
}
