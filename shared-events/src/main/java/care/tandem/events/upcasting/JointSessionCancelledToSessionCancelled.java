package care.tandem.events.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Only the name changed when cancellation extended to every session kind. */
final class JointSessionCancelledToSessionCancelled extends JsonUpcaster {

    JointSessionCancelledToSessionCancelled() {
        super("JointSessionCancelled", "1", "SessionCancelled", "1");
    }

    @Override
    void upcast(ObjectNode payload) {
        // Same fields: planId, sessionId, reason, cancelledAt.
    }
}
