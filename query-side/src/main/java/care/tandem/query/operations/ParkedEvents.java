package care.tandem.query.operations;

import java.time.Instant;
import java.util.List;

/**
 * The events a read model could not apply, parked per plan in its dead-letter queue: the first of each plan is the
 * one that failed, the rest queued behind it in order.
 *
 * @param parkedPlans the plans with parked events
 * @param deadLetters the parked events of all of them
 */
public record ParkedEvents(String readModel, long parkedPlans, long deadLetters, List<Plan> plans) {

    public record Plan(String planId, List<Event> events) {
    }

    /**
     * @param eventType      the event's type, e.g. {@code SessionScheduled}
     * @param sequenceNumber the event's position in the plan's stream
     * @param causeType      the class of the exception that parked it; null for an event queued behind another
     * @param cause          the rule it broke when Tandem's code said so, otherwise only which class threw
     */
    public record Event(String eventType, long sequenceNumber, Instant enqueuedAt, Instant lastTouched,
                        String causeType, String cause) {
    }
}
