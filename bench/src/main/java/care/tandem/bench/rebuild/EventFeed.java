package care.tandem.bench.rebuild;

import care.tandem.events.serialization.TandemSerialization;
import care.tandem.events.upcasting.TandemUpcasters;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.extensions.kafka.eventhandling.DefaultKafkaMessageConverter;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Fills the topic the query side reads with plan histories, in exactly the records the command side publishes: Axon's
 * default Kafka message converter with Tandem's serializer, keyed by plan id, on a topic of as many partitions as the
 * command side provisions. Plans are written a block at a time with their events interleaved, as a clinic's plans
 * progress side by side. Creates the topic itself with
 * the given partitions.
 */
final class EventFeed {

    static final String TOPIC = "tandem.events";
    /** As the command side provisions the topic ({@code TANDEM_KAFKA_PARTITIONS}'s default). */
    static final int DEFAULT_PARTITIONS = 6;

    private static final int PLANS_PER_BLOCK = 500;
    /** The feed's first event was recorded then, and every next one a millisecond later. */
    private static final Instant FEED_START = Instant.parse("2026-01-05T08:00:00Z");

    private EventFeed() {
    }

    /** Kafka records from events and back, as both services convert them: Tandem's serializer and upcasters. */
    static DefaultKafkaMessageConverter converter() {
        return DefaultKafkaMessageConverter.builder()
                .serializer(TandemSerialization.serializer())
                .upcasterChain(TandemUpcasters.chain())
                .build();
    }

    /** Creates the topic and writes {@code plans} histories of {@code eventsPerPlan} events each; returns the bytes. */
    static long publish(String bootstrapServers, int partitions, int plans, int eventsPerPlan, long seed) {
        createTopic(bootstrapServers, partitions);
        DefaultKafkaMessageConverter converter = converter();
        long bytes = 0;
        long published = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int first = 0; first < plans; first += PLANS_PER_BLOCK) {
                List<List<Object>> block = new ArrayList<>();
                for (int plan = first; plan < Math.min(plans, first + PLANS_PER_BLOCK); plan++) {
                    block.add(PlanHistory.of(plan, eventsPerPlan, seed));
                }
                for (int sequence = 0; sequence < eventsPerPlan; sequence++) {
                    for (int plan = 0; plan < block.size(); plan++) {
                        DomainEventMessage<?> message = PlanHistory.message(
                                first + plan, sequence, block.get(plan).get(sequence),
                                FEED_START.plus(Duration.ofMillis(published++)));
                        ProducerRecord<String, byte[]> record = converter.createKafkaMessage(message, TOPIC);
                        bytes += record.value().length;
                        producer.send(record);
                    }
                }
            }
            producer.flush();
        }
        return bytes;
    }

    private static void createTopic(String bootstrapServers, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, partitions, (short) 1)
                                               .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"))))
                    .all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating the topic", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The broker refused the topic", e);
        }
    }
}
