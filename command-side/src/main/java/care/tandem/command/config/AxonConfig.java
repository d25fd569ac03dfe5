package care.tandem.command.config;

import care.tandem.command.delivery.AppendedVersions;
import care.tandem.events.privacy.PersonalDataCipher;
import care.tandem.events.serialization.TandemSerialization;
import care.tandem.events.upcasting.TandemUpcasters;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaEventPublisher;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.lang.management.ManagementFactory;

@Configuration
public class AxonConfig {

    /**
     * Jackson for everything Axon writes (events, snapshots, tokens, messages): never XStream. Personal text is sealed
     * with its person's key as it is written, and opened as it is read.
     */
    @Bean
    @Primary
    public Serializer serializer(PersonalDataCipher personKeys) {
        return TandemSerialization.serializer(personKeys);
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(PersonalDataCipher personKeys) {
        return TandemSerialization.serializer(personKeys);
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer(PersonalDataCipher personKeys) {
        return TandemSerialization.serializer(personKeys);
    }

    /**
     * The Kafka publisher's position lives in PostgreSQL beside the events it tracks. Declared here because
     * axon-kafka would otherwise register a Kafka-backed token store of its own. Each instance claims under a name of
     * its own, so that of several instances on one database only one publishes, and another takes over when its claim
     * lapses.
     */
    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer,
                                 @Value("${tandem.node-id}") String nodeId) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(TokenSchema.builder().build())
                .serializer(serializer)
                .nodeId(nodeId.isBlank() ? "command-side@" + ManagementFactory.getRuntimeMXBean().getName() : nodeId)
                .build();
    }

    /**
     * The Kafka publisher takes what the store has ready, up to this many events, into one unit of work: one wait for
     * Kafka's acknowledgement and one token write per batch. Axon's default, one event per batch, paid both for every
     * event (BENCHMARKS.md, "Found and fixed").
     */
    @Autowired
    void publishInBatches(EventProcessingConfigurer processing,
                          @Value("${tandem.kafka.publisher.batch-size}") int batchSize) {
        processing.registerTrackingEventProcessorConfiguration(KafkaEventPublisher.DEFAULT_PROCESSING_GROUP,
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(batchSize));
    }

    /** Plans recorded in older event shapes load as today's events (the query side registers the same chain). */
    @Bean
    public EventUpcasterChain tandemUpcasters() {
        return TandemUpcasters.chain();
    }

    /** Lets the plan command gateway answer with a plan's new version without reading it back. */
    @Bean
    public AppendedVersions appendedVersions(EventStore eventStore) {
        AppendedVersions versions = new AppendedVersions();
        eventStore.registerDispatchInterceptor(versions);
        return versions;
    }

    @Bean
    public CorrelationDataProvider auditMetadataProvider() {
        return new AuditMetadataProvider();
    }

    /**
     * Every aggregate's command target resolver: the target id from {@code @TargetAggregateIdentifier}, the
     * expected version (If-Match) from command metadata. Axon's Spring configuration picks up this single
     * bean for every {@code @Aggregate} that names none of its own, so the aggregates need no annotation.
     */
    @Bean
    public CommandTargetResolver commandTargetResolver() {
        return new ExpectedVersionCommandTargetResolver();
    }
}
