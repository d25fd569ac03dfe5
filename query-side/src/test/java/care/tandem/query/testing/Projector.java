package care.tandem.query.testing;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

import java.util.ArrayList;
import java.util.List;

/** Feeds a projection the events of {@link PlanFixtures#PLAN} through Axon's handler resolution, as a processor would. */
public final class Projector {

    private final AnnotationEventHandlerAdapter handlers;
    private final PlanStream stream = new PlanStream(PlanFixtures.PLAN);
    private final List<DomainEventMessage<?>> delivered = new ArrayList<>();

    public Projector(Object projection) {
        this.handlers = new AnnotationEventHandlerAdapter(projection);
    }

    /** Records the events as the plan's next ones and delivers them. */
    public void project(Object... events) {
        for (Object event : events) {
            DomainEventMessage<?> message = stream.next(event);
            delivered.add(message);
            deliver(message);
        }
    }

    /** Delivers the already delivered event with the given sequence number once more. */
    public void redeliver(long sequenceNumber) {
        deliver(delivered.get((int) sequenceNumber));
    }

    public void reset() {
        handlers.prepareReset();
    }

    private void deliver(EventMessage<?> message) {
        try {
            handlers.handle(message);
        } catch (Exception e) {
            throw new IllegalStateException("Projection failed on " + message.getPayloadType().getSimpleName(), e);
        }
    }
}
