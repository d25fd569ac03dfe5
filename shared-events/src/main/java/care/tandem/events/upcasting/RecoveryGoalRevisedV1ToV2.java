package care.tandem.events.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Revision 1 did not name the member an individual goal is for; its text was sealed with the plan's key, and the
 * sealed text names that key, so it still opens. The revision stays without a member rather than one guessed.
 */
final class RecoveryGoalRevisedV1ToV2 extends JsonUpcaster {

    RecoveryGoalRevisedV1ToV2() {
        super("RecoveryGoalRevised", "1", "RecoveryGoalRevised", "2");
    }

    @Override
    void upcast(ObjectNode payload) {
        payload.putNull("participantId");
    }
}
