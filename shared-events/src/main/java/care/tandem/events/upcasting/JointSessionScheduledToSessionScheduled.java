package care.tandem.events.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Joint sessions became COUPLES sessions among all session kinds. Whether the partners joined from one
 * place was not recorded then, and is not guessed now.
 */
final class JointSessionScheduledToSessionScheduled extends JsonUpcaster {

    JointSessionScheduledToSessionScheduled() {
        super("JointSessionScheduled", "1", "SessionScheduled", "1");
    }

    @Override
    void upcast(ObjectNode payload) {
        payload.put("kind", "COUPLES");
        payload.set("participants", payload.remove("expectedParticipants"));
        payload.put("locationMode", "NOT_RECORDED");
        payload.putNull("makeupFor");
        payload.putNull("convertedFrom");
    }
}
