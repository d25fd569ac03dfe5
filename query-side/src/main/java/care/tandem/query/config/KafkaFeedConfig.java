package care.tandem.query.config;

import org.axonframework.extensions.kafka.KafkaProperties;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.consumer.ConsumerFactory;
import org.axonframework.extensions.kafka.eventhandling.consumer.Fetcher;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** The Kafka feed every read model reads, as axon-kafka builds it but with records kept in fetch order. */
@Configuration(proxyBeanMethods = false)
class KafkaFeedConfig {

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
