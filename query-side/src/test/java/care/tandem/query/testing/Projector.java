package care.tandem.query.testing;

import care.tandem.events.id.PlanId;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

import java.util.ArrayList;
import java.util.List;

/**
 * Feeds a projection the events of one plan ({@link PlanFixtures#PLAN} unless told) through Axon's handler resolution,
 * as a processor would.
 */
public final class Projector {

    private final AnnotationEventHandlerAdapter handlers;
    private final PlanStream stream;
    private final List<DomainEventMessage<?>> delivered = new ArrayList<>();

    public Projector(Object projection) {
        this(projection, PlanFixtures.PLAN);
    }

    /** Feeds the events of the given plan: projectors of several plans over one projection interleave plans at will. */
    public Projector(Object projection, PlanId planId) {
        this(projection, new PlanStream(planId));
    }

    /** Feeds the events of the given stream, such as a person's consent stream. */
    public Projector(Object projection, PlanStream stream) {
        this.handlers = new AnnotationEventHandlerAdapter(projection);
        this.stream = stream;
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
