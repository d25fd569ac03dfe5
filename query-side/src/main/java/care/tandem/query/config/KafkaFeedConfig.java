package care.tandem.query.config;

import org.axonframework.extensions.kafka.KafkaProperties;
import org.axonframework.extensions.kafka.eventhandling.DefaultKafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.consumer.ConsumerFactory;
import org.axonframework.extensions.kafka.eventhandling.consumer.Fetcher;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The Kafka feed every read model reads, as axon-kafka builds it but with records kept in fetch order and each record
 * decoded once for all read models.
 */
@Configuration(proxyBeanMethods = false)
class KafkaFeedConfig {

    /** Twice the records every read model's processor fetches ahead: what processors at about the same place share. */
    private static final int SHARED_RECORDS_PER_READ_MODEL = 2;

    /** Axon-kafka's converter as its auto-configuration builds it (with the upcasters), shared by the read models. */
    @Bean
    KafkaMessageConverter<String, byte[]> kafkaMessageConverter(@Qualifier("eventSerializer") Serializer eventSerializer,
                                                                EventUpcasterChain tandemUpcasters,
                                                                KafkaProperties properties) {
        return new SharedDecoding(DefaultKafkaMessageConverter.builder()
                .serializer(eventSerializer)
                .upcasterChain(tandemUpcasters)
                .build(), SHARED_RECORDS_PER_READ_MODEL * properties.getFetcher().getBufferSize());
    }

    @Bean
    <K, V> StreamableKafkaMessageSource<K, V> streamableKafkaMessageSource(
            @Qualifier("eventSerializer") Serializer eventSerializer, KafkaProperties properties,
            ConsumerFactory<K, V> consumerFactory, Fetcher<K, V, KafkaEventMessage> fetcher,
            KafkaMessageConverter<K, V> messageConverter) {
        int bufferSize = properties.getFetcher().getBufferSize();
        return StreamableKafkaMessageSource.<K, V>builder()
                .topics(List.of(properties.getDefaultTopic()))
                .serializer(eventSerializer)
                .consumerFactory(consumerFactory)
                .fetcher(fetcher)
                .messageConverter(messageConverter)
                .bufferFactory(() -> new FetchOrderBuffer(bufferSize))
                .build();
    }
}
