package care.tandem.command.plan;

import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;

/** The session is not part of the plan: HTTP 404. */
public class UnknownSessionException extends RuntimeException {

    public UnknownSessionException(PlanId planId, SessionId sessionId) {
        super("Treatment plan " + planId + " has no joint session " + sessionId);
    }
}
