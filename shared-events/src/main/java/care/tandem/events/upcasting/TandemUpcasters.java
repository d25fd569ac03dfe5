package care.tandem.events.upcasting;

import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

/**
 * Every change of an event's stored shape, oldest first. Both services register this chain, so the
 * aggregate and the Kafka consumers read old records as current events.
 */
public final class TandemUpcasters {

    private TandemUpcasters() {
    }

    public static EventUpcasterChain chain() {
        return new EventUpcasterChain(
                new TreatmentPlanOpenedV1ToV2(),
                new JointSessionScheduledToSessionScheduled(),
                new JointSessionCancelledToSessionCancelled(),
                new SoloAttendanceRecordedV1ToV2(),
                new CouplesTherapyPausedV1ToV2(),
                new CouplesTherapyResumedV1ToV2(),
                new RecoveryGoalRevisedV1ToV2());
    }
}
