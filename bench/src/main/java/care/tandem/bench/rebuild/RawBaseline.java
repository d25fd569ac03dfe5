package care.tandem.bench.rebuild;

import care.tandem.infra.embedded.EmbeddedMongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static com.mongodb.client.model.Filters.eq;

/**
 * B4: what rebuilding costs at the least with the same broker, topic and Mongo server. One lane per read model, all at
 * once, as the query side runs one processor per read model: a plain Kafka consumer reads the whole topic, and every
 * record becomes one {@code replaceOne} upsert keyed by the record's key (the plan id), with no deserialisation and no
 * read before the write. Each lane's documents grow with their plan's events up to the size the read models reached
 * per plan and read model, so the baseline writes as many bytes as the read models hold, with one write per event.
 */
final class RawBaseline {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private RawBaseline() {
    }

    /**
     * @param lanes          as many as the query side has read models
     * @param bytesPerPlan   the size a lane's document reaches with a plan's last event
     */
    static Pass run(EmbeddedMongo.Store store, String kafka, MongoClient mongo, String database, int lanes,
                    int eventsPerPlan, long bytesPerPlan, long events) {
        String[] payloads = IntStream.range(0, eventsPerPlan)
                .mapToObj(n -> "x".repeat((int) (bytesPerPlan * (n + 1) / eventsPerPlan)))
                .toArray(String[]::new);
        double cpuBefore = CpuTime.seconds();
        long started = System.nanoTime();
        ExecutorService threads = Executors.newFixedThreadPool(lanes);
        try {
            List<Future<Duration>> running = new ArrayList<>();
            for (int lane = 0; lane < lanes; lane++) {
                MongoCollection<Document> collection = mongo.getDatabase(database).getCollection("baseline_" + lane);
                running.add(threads.submit(() -> {
                    readAndUpsert(kafka, collection, payloads);
                    return Duration.ofNanos(System.nanoTime() - started);
                }));
            }
            List<Pass.Lane> done = new ArrayList<>();
            for (int lane = 0; lane < lanes; lane++) {
                done.add(new Pass.Lane("lane " + (lane + 1), running.get(lane).get()));
            }
            Duration all = done.stream().map(Pass.Lane::caughtUpAfter).max(Duration::compareTo).orElseThrow();
            return new Pass(store, "raw Kafka read + Mongo upsert", events, done, all, CpuTime.seconds() - cpuBefore);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("A baseline lane failed", e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    private static void readAndUpsert(String kafka, MongoCollection<Document> collection, String[] payloads) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(EventFeed.TOPIC).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<String, Integer> eventsSeen = new HashMap<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    int sequence = eventsSeen.merge(record.key(), 1, Integer::sum) - 1;
                    Document document = new Document("_id", record.key())
                            .append("lastAppliedSequence", sequence)
                            .append("payload", payloads[Math.min(sequence, payloads.length - 1)]);
                    collection.replaceOne(eq("_id", record.key()), document, UPSERT);
                }
            }
        }
    }
}
