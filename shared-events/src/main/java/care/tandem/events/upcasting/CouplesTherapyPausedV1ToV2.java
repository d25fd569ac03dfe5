package care.tandem.events.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** In revision 1 a pause always cancelled the joint sessions ahead, so that is what it records. */
final class CouplesTherapyPausedV1ToV2 extends JsonUpcaster {

    CouplesTherapyPausedV1ToV2() {
        super("CouplesTherapyPaused", "1", "CouplesTherapyPaused", "2");
    }

    @Override
    void upcast(ObjectNode payload) {
        payload.put("jointSessionHandling", "CANCEL");
    }
}
