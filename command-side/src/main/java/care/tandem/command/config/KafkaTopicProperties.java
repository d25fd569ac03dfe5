package care.tandem.command.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The event feed topic: keyed by plan id, never deleted (read models are rebuilt from its first record). */
@ConfigurationProperties("tandem.kafka.topic")
public record KafkaTopicProperties(String name, int partitions, short replicationFactor) {
}
