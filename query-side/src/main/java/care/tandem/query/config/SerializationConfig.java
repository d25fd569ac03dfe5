package care.tandem.query.config;

import care.tandem.events.serialization.TandemSerialization;
import care.tandem.events.upcasting.TandemUpcasters;
import care.tandem.integrity.PersonKeys;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Events, metadata and tracking tokens are read with the same Jackson serializer the command side writes with.
 * Declaring all three Axon serializer beans keeps Axon's XStream defaults out entirely. Older shapes of events on the
 * feed are upcast to the current ones as they are read.
 */
@Configuration(proxyBeanMethods = false)
class SerializationConfig {

    /** Personal text sealed on the feed is opened with its person's key, when the master key is at hand. */
    @Bean
    @Primary
    Serializer serializer(ObjectProvider<PersonKeys> personKeys) {
        PersonKeys keys = personKeys.getIfAvailable();
        return keys == null ? TandemSerialization.serializer() : TandemSerialization.serializer(keys);
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    /**
     * Axon registers every upcaster bean in its configuration's chain, which the Kafka message converter applies to
     * each record it reads. Without it the processors would silently pass over the records of renamed events, whose
     * classes no longer exist.
     */
    @Bean
    EventUpcasterChain tandemUpcasters() {
        return TandemUpcasters.chain();
    }
}
