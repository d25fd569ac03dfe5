package care.tandem.command.api;

import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;

/** The answer to an accepted command: what it concerned and how to find its events again. */
public record CommandAccepted(String planId, String sessionId, String goalId, String correlationId) {

    static CommandAccepted forPlan(PlanId planId, AuditContext audit) {
        return new CommandAccepted(planId.value(), null, null, audit.correlationId());
    }

    static CommandAccepted forSession(PlanId planId, SessionId sessionId, AuditContext audit) {
        return new CommandAccepted(planId.value(), sessionId.value(), null, audit.correlationId());
    }
}
