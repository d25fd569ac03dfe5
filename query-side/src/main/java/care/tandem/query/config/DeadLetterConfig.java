package care.tandem.query.config;

import care.tandem.query.readmodel.AllOrNothingEventHandlers;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A poison event parks instead of stalling its read model: each read model has Axon's sequenced dead-letter queue,
 * kept in MongoDB beside its documents and tokens (collection {@code deadletters}), sequenced by plan. An event its
 * projection cannot apply is parked with nothing of it written ({@link AllOrNothingEventHandlers}), the plan's later
 * events queue behind it in order, and every other plan keeps flowing. Operators list, retry and evict through
 * {@code /api/operations/read-models/{readModel}/dead-letters}.
 * <p>
 * A rebuild clears the read model's queue with its documents ({@code allowReset}): the replay applies every event
 * again. The sequence cache spares the per-event look-up in the queue while it holds nothing of a segment.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfig {

    @Autowired
    void poisonEventsPark(EventProcessingConfigurer processing, MongoTemplate axonMongoTemplate, Serializer serializer,
                          ApplicationContext context) {
        processing.registerDeadLetterQueueProvider(readModel -> configuration ->
                MongoSequencedDeadLetterQueue.<EventMessage<?>>builder()
                        .processingGroup(readModel)
                        .mongoTemplate(axonMongoTemplate)
                        .serializer(serializer)
                        .build());
        processing.registerDefaultDeadLetterPolicy(configuration -> new ParkingPolicy());
        for (String readModel : readModels(context)) {
            processing.registerDeadLetteringEventHandlerInvokerConfiguration(readModel, (configuration, invoker) ->
                    invoker.allowReset(true).enableSequenceIdentifierCache());
        }
    }

    /** Every event handler of a read model applies all of its changes or none. */
    @Bean
    HandlerEnhancerDefinition allOrNothingEventHandlers() {
        return new AllOrNothingEventHandlers();
    }

    /** The processing groups of the read models, read from the beans' annotations without creating them. */
    private static Set<String> readModels(ApplicationContext context) {
        return Arrays.stream(context.getBeanNamesForAnnotation(ProcessingGroup.class))
                .map(name -> context.findAnnotationOnBean(name, ProcessingGroup.class))
                .filter(Objects::nonNull)
                .map(ProcessingGroup::value)
                .collect(TreeSet::new, Set::add, Set::addAll);
    }
}
