package care.tandem.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerTest {

    private static final String TOPIC = "plan-events";
    private static final int PARTITIONS = 3;

    @TempDir
    Path dataDirectory;

    @Test
    void keepsTopicsAndRecordsAcrossARestartOnTheSameDirectory() throws Exception {
        List<Integer> ports = FreePort.pick(2);
        int port = ports.get(0);
        int controllerPort = ports.get(1);

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDirectory, port, controllerPort)) {
            assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
            assertThat(brokerConfig(broker, "auto.create.topics.enable")).isEqualTo("false");
            createTopicKeptForever(broker);
            produce(broker, List.of(
                    new ProducerRecord<>(TOPIC, "plan-1", "created"),
                    new ProducerRecord<>(TOPIC, "plan-2", "created"),
                    new ProducerRecord<>(TOPIC, "plan-1", "revised")));
        }

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDirectory, port, controllerPort)) {
            assertThat(partitionCount(broker)).isEqualTo(PARTITIONS);
            assertThat(topicConfig(broker, TopicConfig.RETENTION_MS_CONFIG)).isEqualTo("-1");
            List<ConsumerRecord<String, String>> records = consumeFromTheBeginning(broker, 3);
            assertThat(records)
                    .extracting(ConsumerRecord::key, ConsumerRecord::value)
                    .containsExactlyInAnyOrder(
                            tuple("plan-1", "created"), tuple("plan-2", "created"), tuple("plan-1", "revised"));
            assertThat(records.stream().filter(consumed -> consumed.key().equals("plan-1")))
                    .as("records of one key stay in one partition, in order")
                    .extracting(ConsumerRecord::value)
                    .containsExactly("created", "revised");
        }
    }

    private static void createTopicKeptForever(EmbeddedKafkaBroker broker)
            throws ExecutionException, InterruptedException {
        NewTopic topic = new NewTopic(TOPIC, PARTITIONS, (short) 1)
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"));
        try (Admin admin = admin(broker)) {
            admin.createTopics(List.of(topic)).all().get();
        }
    }

    private static void produce(EmbeddedKafkaBroker broker, List<ProducerRecord<String, String>> records)
            throws ExecutionException, InterruptedException {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (ProducerRecord<String, String> record : records) {
                producer.send(record).get();
            }
        }
    }

    private static int partitionCount(EmbeddedKafkaBroker broker) throws ExecutionException, InterruptedException {
        try (Admin admin = admin(broker)) {
            return admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions().size();
        }
    }

    private static String topicConfig(EmbeddedKafkaBroker broker, String name)
            throws ExecutionException, InterruptedException {
        return configValue(broker, new ConfigResource(ConfigResource.Type.TOPIC, TOPIC), name);
    }

    private static String brokerConfig(EmbeddedKafkaBroker broker, String name)
            throws ExecutionException, InterruptedException {
        return configValue(broker, new ConfigResource(ConfigResource.Type.BROKER, "1"), name);
    }

    private static String configValue(EmbeddedKafkaBroker broker, ConfigResource resource, String name)
            throws ExecutionException, InterruptedException {
        try (Admin admin = admin(broker)) {
            Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            return config.get(name).value();
        }
    }

    private static List<ConsumerRecord<String, String>> consumeFromTheBeginning(EmbeddedKafkaBroker broker, int count) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer(broker)) {
            consumer.subscribe(Set.of(TOPIC));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= count;
            });
        }
        return records;
    }

    private static KafkaConsumer<String, String> consumer(EmbeddedKafkaBroker broker) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "embedded-kafka-broker-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private static Admin admin(EmbeddedKafkaBroker broker) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }
}
