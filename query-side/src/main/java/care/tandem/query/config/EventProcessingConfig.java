package care.tandem.query.config;

import care.tandem.query.readmodel.WriteBackAtEndOfBatch;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

/**
 * One tracking processor per read model (per {@code @ProcessingGroup}), each reading the whole Kafka feed with its own
 * token, so one read model can be rebuilt or fall behind without touching the others. A new projection only declares
 * its processing group; it gets its processor from the defaults set here.
 */
@Configuration(proxyBeanMethods = false)
class EventProcessingConfig {

    /** Looks the Kafka source up lazily: building it needs the Axon configuration this method contributes to. */
    @Autowired
    void readModelsFollowTheKafkaFeed(EventProcessingConfigurer processing,
                                      ObjectProvider<StreamableKafkaMessageSource<?, ?>> kafkaFeed,
                                      @Value("${tandem.projections.batch-size}") int batchSize) {
        // A new processor starts at the first event of every partition. Axon's default (a replay up to the head)
        // would make the Kafka source open a consumer it never closes, for no benefit to these read models.
        TrackingEventProcessorConfiguration fromTheFirstEvent = TrackingEventProcessorConfiguration
                .forSingleThreadedProcessing()
                .andInitialTrackingToken(StreamableMessageSource::createTailToken)
                .andBatchSize(batchSize);
        processing.usingTrackingEventProcessors()
                .configureDefaultStreamableMessageSource(configuration -> kafkaFeed.getObject())
                .registerTrackingEventProcessorConfiguration(configuration -> fromTheFirstEvent);
        // Axon's default only logs a failed handler and moves on, which would silently lose the fact for good.
        // Propagating makes the processor back off and retry from its last token; the projections are idempotent.
        processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
        // The projections' documents are read and written once per batch; this writes them when the batch ends.
        processing.registerDefaultHandlerInterceptor((configuration, readModel) -> new WriteBackAtEndOfBatch());
    }
}
