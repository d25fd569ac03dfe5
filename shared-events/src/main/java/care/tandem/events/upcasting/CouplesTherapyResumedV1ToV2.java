package care.tandem.events.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Partners' readiness was not assessed on record in revision 1: an empty list, not a guess. */
final class CouplesTherapyResumedV1ToV2 extends JsonUpcaster {

    CouplesTherapyResumedV1ToV2() {
        super("CouplesTherapyResumed", "1", "CouplesTherapyResumed", "2");
    }

    @Override
    void upcast(ObjectNode payload) {
        payload.putArray("readiness");
    }
}
