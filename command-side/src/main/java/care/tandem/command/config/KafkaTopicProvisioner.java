package care.tandem.command.config;

import jakarta.annotation.PreDestroy;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Creates the event topic with infinite retention when it is missing. A Kafka outage must never keep the
 * command side from taking commands: events wait in PostgreSQL and the publisher catches up once the
 * topic exists.
 */
@Component
class KafkaTopicProvisioner {

    private static final Logger log = LoggerFactory.getLogger(KafkaTopicProvisioner.class);
    private static final Duration RETRY_DELAY = Duration.ofSeconds(2);

    private final KafkaTopicProperties topic;
    private final List<String> bootstrapServers;
    private final AtomicBoolean running = new AtomicBoolean(true);

    KafkaTopicProvisioner(KafkaTopicProperties topic, KafkaProperties kafka) {
        this.topic = topic;
        this.bootstrapServers = kafka.getBootstrapServers();
    }

    /**
     * Tries once while the application starts, so the topic exists before any consumer opens it; if Kafka
     * is not reachable, keeps trying in the background instead of holding up the command API.
     */
    @EventListener(ApplicationReadyEvent.class)
    void provision() {
        if (!tryProvision()) {
            Thread provisioner = new Thread(this::provisionUntilDone, "kafka-topic-provisioner");
            provisioner.setDaemon(true);
            provisioner.start();
        }
    }

    @PreDestroy
    void stop() {
        running.set(false);
    }

    private void provisionUntilDone() {
        while (running.get() && !tryProvision()) {
            try {
                Thread.sleep(RETRY_DELAY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean tryProvision() {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", bootstrapServers),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000))) {
            createIfMissing(admin);
            return true;
        } catch (ExecutionException | RuntimeException e) {
            log.warn("Kafka topic {} not provisioned yet ({}); retrying", topic.name(), e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private void createIfMissing(Admin admin) throws ExecutionException, InterruptedException {
        NewTopic newTopic = new NewTopic(topic.name(), topic.partitions(), topic.replicationFactor())
                .configs(Map.of(
                        TopicConfig.RETENTION_MS_CONFIG, "-1",
                        TopicConfig.RETENTION_BYTES_CONFIG, "-1",
                        TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(topic.minInSyncReplicas())));
        try {
            admin.createTopics(List.of(newTopic)).all().get();
            log.info("Created Kafka topic {} ({} partitions, replication {}, {} in sync for a write, retention forever)",
                    topic.name(), topic.partitions(), topic.replicationFactor(), topic.minInSyncReplicas());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }
}
