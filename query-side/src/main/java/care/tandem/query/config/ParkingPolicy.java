package care.tandem.query.config;

import com.mongodb.MongoException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What to do with an event a read model failed to apply. A fault of the event or of its projection parks the event
 * (and, behind it, the plan's later events). A failure of MongoDB itself is no reason to park anything: it is thrown
 * on, so the batch fails and the processor retries it from its token once the database answers again.
 * <p>
 * The cause kept with the letter is the exception's class, and its message only when Tandem's own code threw it (a
 * rule's wording); a library's message can quote a stored document or payload, which holds PHI.
 */
final class ParkingPolicy implements EnqueuePolicy<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(ParkingPolicy.class);
    private static final String OUR_CODE = "care.tandem.";

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (cause instanceof MongoException unavailable) {
            throw unavailable;
        }
        // Ids and types only: plan ids are opaque tokens, never names.
        String plan = letter.message() instanceof DomainEventMessage<?> event ? event.getAggregateIdentifier() : "?";
        log.warn("Parked a {} of plan {}: {}", letter.message().getPayloadType().getSimpleName(), plan,
                 cause.getClass().getName());
        return Decisions.enqueue(new ThrowableCause(cause.getClass().getName(), reason(cause)));
    }

    private static String reason(Throwable cause) {
        StackTraceElement[] trace = cause.getStackTrace();
        boolean ours = trace.length > 0 && trace[0].getClassName().startsWith(OUR_CODE);
        return ours && cause.getMessage() != null ? cause.getMessage() : "thrown by " + cause.getClass().getName();
    }
}
