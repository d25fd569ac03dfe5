package care.tandem.query.operations;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads how far the event topic's partitions reach, from the brokers the processors read ({@code axon.kafka.*}). */
@Component
class KafkaFeed implements DisposableBean {

    private static final int REQUEST_TIMEOUT_MS = 3_000;
    private static final int API_TIMEOUT_MS = 5_000;

    private final String topic;
    private final Admin admin;

    KafkaFeed(KafkaProperties kafka) {
        this.topic = kafka.getDefaultTopic();
        // Fails fast when the brokers are unreachable, so that an operator's request answers within seconds.
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", kafka.getBootstrapServers()),
                AdminClientConfig.CLIENT_ID_CONFIG, "query-side-operations",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, REQUEST_TIMEOUT_MS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, API_TIMEOUT_MS));
    }

    /** @throws FeedUnavailableException when the brokers do not answer in time, or the topic does not exist */
    FeedExtent extent() {
        try {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get()
                    .get(topic).partitions().stream()
                    .map(partition -> new TopicPartition(topic, partition.partition()))
                    .toList();
            return new FeedExtent(offsets(partitions, OffsetSpec.earliest()), offsets(partitions, OffsetSpec.latest()));
        } catch (ExecutionException e) {
            throw new FeedUnavailableException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedUnavailableException(e);
        }
    }

    private Map<Integer, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, ListOffsetsResultInfo> offsets = admin.listOffsets(
                partitions.stream().collect(Collectors.toMap(Function.identity(), partition -> spec))).all().get();
        return offsets.entrySet().stream()
                .collect(Collectors.toMap(entry -> entry.getKey().partition(), entry -> entry.getValue().offset()));
    }

    @Override
    public void destroy() {
        admin.close();
    }
}
