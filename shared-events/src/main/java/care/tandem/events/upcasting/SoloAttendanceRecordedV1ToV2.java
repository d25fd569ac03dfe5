package care.tandem.events.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The therapist's judgement and the adjusted focus were not recorded in revision 1: they stay unknown. */
final class SoloAttendanceRecordedV1ToV2 extends JsonUpcaster {

    SoloAttendanceRecordedV1ToV2() {
        super("SoloAttendanceRecorded", "1", "SoloAttendanceRecorded", "2");
    }

    @Override
    void upcast(ObjectNode payload) {
        payload.putNull("therapistJudgement");
        payload.putNull("adjustedFocus");
    }
}
