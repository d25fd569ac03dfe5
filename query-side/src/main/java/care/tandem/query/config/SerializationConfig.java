package care.tandem.query.config;

import care.tandem.events.serialization.TandemSerialization;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Events, metadata and tracking tokens are read with the same Jackson serializer the command side writes with.
 * Declaring all three Axon serializer beans keeps Axon's XStream defaults out entirely.
 */
@Configuration(proxyBeanMethods = false)
class SerializationConfig {

    @Bean
    @Primary
    Serializer serializer() {
        return TandemSerialization.serializer();
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
}
