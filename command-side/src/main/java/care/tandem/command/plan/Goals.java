package care.tandem.command.plan;

import care.tandem.events.id.GoalId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.plan.RecoveryGoalRevised;
import care.tandem.events.plan.RecoveryGoalSet;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The plan's recovery goals: set once each, for the unit or one member, then revised. Each goal keeps the member it
 * is for (none for the unit's), so a revision's text is sealed with that member's key like the goal's own.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class Goals {

    private PlanId planId;
    private Map<GoalId, ParticipantId> goals;

    /** For a snapshot's fields to be read back into. */
    private Goals() {
    }

    Goals(PlanId planId) {
        this.planId = planId;
        this.goals = new HashMap<>();
    }

    void set(SetRecoveryGoal command, Membership membership) {
        if (goals.containsKey(command.goalId())) {
            throw new PlanRuleViolation("goal-already-set", "Goal " + command.goalId() + " is already set; revise it");
        }
        if (command.participantId() != null) {
            membership.requireMembers(List.of(command.participantId()), "participantId");
        }
        apply(new RecoveryGoalSet(planId, command.goalId(), command.scope(), command.participantId(),
                command.description(), command.setBy(), command.setAt()));
    }

    void revise(ReviseRecoveryGoal command) {
        if (!goals.containsKey(command.goalId())) {
            throw new UnknownGoalException(planId, command.goalId());
        }
        apply(new RecoveryGoalRevised(planId, command.goalId(), goals.get(command.goalId()), command.description(),
                command.revisedBy(), command.revisedAt()));
    }

    @EventSourcingHandler
    void on(RecoveryGoalSet event) {
        goals.put(event.goalId(), event.participantId());
    }
}
