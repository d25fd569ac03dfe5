package care.tandem.command.api;

import care.tandem.command.delivery.AuditContext;
import care.tandem.events.id.ConsentId;
import care.tandem.events.id.GoalId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;

/** The answer to an accepted command: what it concerned and how to find its events again. */
public record CommandAccepted(String planId, String sessionId, String goalId, String consentId,
                              String correlationId) {

    static CommandAccepted forPlan(PlanId planId, AuditContext audit) {
        return new CommandAccepted(planId.value(), null, null, null, audit.correlationId());
    }

    static CommandAccepted forSession(PlanId planId, SessionId sessionId, AuditContext audit) {
        return new CommandAccepted(planId.value(), sessionId.value(), null, null, audit.correlationId());
    }

    static CommandAccepted forGoal(PlanId planId, GoalId goalId, AuditContext audit) {
        return new CommandAccepted(planId.value(), null, goalId.value(), null, audit.correlationId());
    }

    /** A command on a person's own record: nothing of a plan to name. */
    static CommandAccepted forPerson(AuditContext audit) {
        return new CommandAccepted(null, null, null, null, audit.correlationId());
    }

    static CommandAccepted forConsent(PlanId planId, ConsentId consentId, AuditContext audit) {
        return new CommandAccepted(planId.value(), null, null, consentId.value(), audit.correlationId());
    }
}
