package care.tandem.command.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaEventPublisher;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.OptionalLong;

/**
 * Where events stand between the event store and Kafka: {@value #APPENDED} counts events committed to the store and
 * {@value #PUBLISHED} events Kafka acknowledged, both by event type; {@value #PUBLISHER_LAG} is how many stored events
 * the Kafka publisher has yet to publish: the store's head position minus the publisher's token position (global
 * index numbers a rolled-back append skipped count too, so it is an upper bound). Event types
 * are class names of the published language, never ids or names.
 */
@Component
public class EventFlowMetrics {

    public static final String APPENDED = "tandem.events.appended";
    public static final String PUBLISHED = "tandem.events.published";
    public static final String PUBLISHER_LAG = "tandem.kafka.publisher.lag";

    private final MeterRegistry registry;

    EventFlowMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * Counts an appended event only once its transaction commits: a refused or rolled-back command appended nothing.
     * The lag gauge reads the processor lazily, since the processors are built after this bean.
     */
    @Autowired
    void measure(EventStore eventStore, EventProcessingConfigurer processing,
                 ObjectProvider<EventProcessingConfiguration> processors) {
        eventStore.registerDispatchInterceptor(events -> {
            List<String> types = events.stream().map(EventFlowMetrics::typeOf).toList();
            afterCommit(() -> types.forEach(type -> counter(APPENDED, "Events committed to the event store", type)
                    .increment()));
            return (index, event) -> event;
        });
        processing.registerHandlerInterceptor(KafkaEventPublisher.DEFAULT_PROCESSING_GROUP,
                                              configuration -> countPublished());
        Gauge.builder(PUBLISHER_LAG, () -> {
                    OptionalLong lag = publisherLag(eventStore, processors);
                    return lag.isPresent() ? lag.getAsLong() : Double.NaN;
                })
                .description("Events in the event store the Kafka publisher has not published yet")
                .baseUnit("events")
                .register(registry);
    }

    /** The publisher waits for Kafka's acknowledgement before its unit of work commits. */
    private MessageHandlerInterceptor<EventMessage<?>> countPublished() {
        return (unitOfWork, chain) -> {
            String type = typeOf(unitOfWork.getMessage());
            unitOfWork.afterCommit(committed -> counter(PUBLISHED, "Events Kafka acknowledged", type).increment());
            return chain.proceed();
        };
    }

    private static OptionalLong publisherLag(EventStore eventStore,
                                             ObjectProvider<EventProcessingConfiguration> processors) {
        EventProcessingConfiguration configuration = processors.getIfAvailable();
        if (configuration == null) {
            return OptionalLong.empty();
        }
        TrackingToken headToken = eventStore.createHeadToken();
        long head = headToken == null ? 0 : headToken.position().orElse(0);
        return configuration.eventProcessor(KafkaEventPublisher.DEFAULT_PROCESSING_GROUP,
                                            TrackingEventProcessor.class)
                .flatMap(publisher -> publisher.processingStatus().values().stream().findFirst())
                .map(status -> {
                    TrackingToken token = status.getTrackingToken();
                    // The store's global index counts from 1, so a publisher with no token has published up to 0.
                    long published = token == null ? 0 : token.position().orElse(0);
                    return OptionalLong.of(Math.max(0, head - published));
                })
                .orElse(OptionalLong.empty());
    }

    private Counter counter(String name, String description, String eventType) {
        return Counter.builder(name).description(description).baseUnit("events").tag("type", eventType)
                .register(registry);
    }

    private static String typeOf(EventMessage<?> event) {
        return event.getPayloadType().getSimpleName();
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> action.run());
        } else {
            action.run();
        }
    }
}
