package care.tandem.events.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Revision 1 knew only couples in adult IOP: its two partners become PARTNER members, not minors. */
final class TreatmentPlanOpenedV1ToV2 extends JsonUpcaster {

    TreatmentPlanOpenedV1ToV2() {
        super("TreatmentPlanOpened", "1", "TreatmentPlanOpened", "2");
    }

    @Override
    void upcast(ObjectNode payload) {
        ArrayNode members = payload.arrayNode();
        for (JsonNode partner : payload.path("partners")) {
            ObjectNode member = members.addObject();
            member.set("participantId", partner.get("participantId"));
            member.set("displayName", partner.get("displayName"));
            member.put("role", "PARTNER");
            member.put("minor", false);
            member.putArray("guardians");
        }
        payload.remove("partners");
        payload.put("unitKind", "COUPLE");
        payload.set("members", members);
        payload.put("levelOfCare", "IOP_ADULT");
    }
}
