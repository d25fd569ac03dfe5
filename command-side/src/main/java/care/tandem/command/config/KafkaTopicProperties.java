package care.tandem.command.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The event feed topic: keyed by plan id, never deleted (read models are rebuilt from its first record). */
@ConfigurationProperties("tandem.kafka.topic")
public record KafkaTopicProperties(String name, int partitions, short replicationFactor) {

    /**
     * Replicas that must have a record before the publisher (acks=all) counts it as sent: all but one, so that one
     * broker may fail without stopping the feed or losing an acknowledged record.
     */
    public int minInSyncReplicas() {
        return Math.max(1, replicationFactor - 1);
    }
}
