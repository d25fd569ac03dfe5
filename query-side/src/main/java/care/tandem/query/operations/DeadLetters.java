package care.tandem.query.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The parked events of each read model (see {@code DeadLetterConfig}): listed, retried and evicted for operators,
 * and counted in {@value #METRIC} per read model.
 */
@Component
class DeadLetters {

    static final String METRIC = "tandem.read.model.dead.letters";

    private final EventProcessingConfiguration processing;
    private final MeterRegistry meters;

    DeadLetters(EventProcessingConfiguration processing, MeterRegistry meters) {
        this.processing = processing;
        this.meters = meters;
    }

    @EventListener(ApplicationReadyEvent.class)
    void countThem() {
        for (String readModel : new TreeSet<>(processing.eventProcessors().keySet())) {
            Gauge.builder(METRIC, () -> count(readModel))
                    .description("Events the read model could not apply, parked with the plan's later events")
                    .baseUnit("events")
                    .tag(ProjectionLag.READ_MODEL_TAG, readModel)
                    .register(meters);
        }
    }

    /** Parked events of the read model; 0 for one without a queue. */
    long count(String readModel) {
        return queue(readModel).map(SequencedDeadLetterQueue::size).orElse(0L);
    }

    ParkedEvents parked(String readModel) {
        List<ParkedEvents.Plan> plans = new ArrayList<>();
        long letters = 0;
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : required(readModel).deadLetters()) {
            List<ParkedEvents.Event> events = new ArrayList<>();
            String planId = null;
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                planId = planIdOf(letter);
                events.add(eventOf(letter));
            }
            letters += events.size();
            plans.add(new ParkedEvents.Plan(planId, events));
        }
        return new ParkedEvents(readModel, plans.size(), letters, plans);
    }

    /** Tries every parked plan once, oldest first; a plan whose first event fails again stays parked. */
    DeadLetterOutcome retryAll(String readModel) {
        SequencedDeadLetterProcessor<EventMessage<?>> retrying = processor(readModel);
        long plans = required(readModel).amountOfSequences();
        long cleared = 0;
        for (long attempt = 0; attempt < plans; attempt++) {
            if (retrying.processAny()) {
                cleared++;
            }
        }
        return new DeadLetterOutcome(readModel, null, cleared, count(readModel));
    }

    /** Tries the plan's parked events, if it has any (a plan with none has nothing to clear: 0). */
    DeadLetterOutcome retry(String readModel, String planId) {
        boolean cleared = required(readModel).contains(planId)
                && processor(readModel).process(letter -> planId.equals(planIdOf(letter)));
        return new DeadLetterOutcome(readModel, planId, cleared ? 1 : 0, count(readModel));
    }

    /**
     * Drops the plan's parked events for good; the plan's later events are applied again as they come. The read
     * model then lacks what the dropped events would have changed until it is rebuilt.
     */
    DeadLetterOutcome evict(String readModel, String planId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = required(readModel);
        List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
        queue.deadLetterSequence(planId).forEach(letters::add);
        letters.forEach(queue::evict);
        return new DeadLetterOutcome(readModel, planId, letters.isEmpty() ? 0 : 1, count(readModel));
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String readModel) {
        return processing.deadLetterQueue(readModel);
    }

    private SequencedDeadLetterQueue<EventMessage<?>> required(String readModel) {
        return queue(readModel).orElseThrow(() -> new ReadModelNotFoundException(
                new TreeSet<>(processing.eventProcessors().keySet())));
    }

    private SequencedDeadLetterProcessor<EventMessage<?>> processor(String readModel) {
        return processing.sequencedDeadLetterProcessor(readModel).orElseThrow(() -> new ReadModelNotFoundException(
                new TreeSet<>(processing.eventProcessors().keySet())));
    }

    private static String planIdOf(DeadLetter<? extends EventMessage<?>> letter) {
        return letter.message() instanceof DomainEventMessage<?> event ? event.getAggregateIdentifier()
                : letter.message().getIdentifier();
    }

    private static ParkedEvents.Event eventOf(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        long sequence = message instanceof DomainEventMessage<?> event ? event.getSequenceNumber() : -1;
        Optional<Cause> cause = letter.cause();
        return new ParkedEvents.Event(message.getPayloadType().getSimpleName(), sequence, letter.enqueuedAt(),
                                      letter.lastTouched(), cause.map(Cause::type).orElse(null),
                                      cause.map(Cause::message).orElse(null));
    }
}
