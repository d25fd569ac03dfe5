package care.tandem.command.plan;

import care.tandem.events.id.GoalId;
import care.tandem.events.id.PlanId;
import care.tandem.events.plan.RecoveryGoalRevised;
import care.tandem.events.plan.RecoveryGoalSet;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The plan's recovery goals: set once each, for the unit or one member, then revised. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class Goals {

    private PlanId planId;
    private Set<GoalId> goals;

    /** For a snapshot's fields to be read back into. */
    private Goals() {
    }

    Goals(PlanId planId) {
        this.planId = planId;
        this.goals = new HashSet<>();
    }

    void set(SetRecoveryGoal command, Membership membership) {
        if (goals.contains(command.goalId())) {
            throw new PlanRuleViolation("goal-already-set", "Goal " + command.goalId() + " is already set; revise it");
        }
        if (command.participantId() != null) {
            membership.requireMembers(List.of(command.participantId()), "participantId");
        }
        apply(new RecoveryGoalSet(planId, command.goalId(), command.scope(), command.participantId(),
                command.description(), command.setBy(), command.setAt()));
    }

    void revise(ReviseRecoveryGoal command) {
        if (!goals.contains(command.goalId())) {
            throw new UnknownGoalException(planId, command.goalId());
        }
        apply(new RecoveryGoalRevised(planId, command.goalId(), command.description(), command.revisedBy(),
                command.revisedAt()));
    }

    @EventSourcingHandler
    void on(RecoveryGoalSet event) {
        goals.add(event.goalId());
    }
}
