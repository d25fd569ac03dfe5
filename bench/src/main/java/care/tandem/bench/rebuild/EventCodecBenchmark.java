package care.tandem.bench.rebuild;

import care.tandem.events.serialization.TandemSerialization;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.extensions.kafka.eventhandling.DefaultKafkaMessageConverter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What one event costs on its way through the Kafka feed, in process (JMH): encoding it as the command side publishes
 * it, and decoding it as each of the query side's read-model processors does for every record (axon-kafka's
 * converter, Tandem's serializer and upcaster chain, then the payload). The baselines do the same payloads with the
 * same ObjectMapper and nothing else, so the ratio is what Axon's message envelope and Tandem's metadata add.
 * Each invocation takes the next of a plan history's 100 events, so the mix is the rebuild benchmark's.
 * <p>
 * {@code bench/jmh.sh} runs it; see BENCHMARKS.md, "In process".
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class EventCodecBenchmark {

    private static final String TOPIC = EventFeed.TOPIC;
    private static final int EVENTS = 100;

    private final ObjectMapper json = TandemSerialization.objectMapper();
    private final DefaultKafkaMessageConverter converter = EventFeed.converter();
    private final List<EventMessage<?>> messages = new ArrayList<>();
    private final List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    private final List<byte[]> payloads = new ArrayList<>();
    private int next;

    @Setup
    public void recordOnePlansHistory() throws IOException {
        List<Object> events = PlanHistory.of(1, EVENTS, 20_261_123L);
        Instant recordedAt = Instant.parse("2026-11-23T09:00:00Z");
        for (int sequence = 0; sequence < events.size(); sequence++) {
            DomainEventMessage<?> message = PlanHistory.message(1, sequence, events.get(sequence),
                    recordedAt.plusMillis(sequence));
            ProducerRecord<String, byte[]> published = converter.createKafkaMessage(message, TOPIC);
            messages.add(message);
            records.add(new ConsumerRecord<>(TOPIC, 0, sequence, message.getTimestamp().toEpochMilli(),
                    TimestampType.CREATE_TIME, published.key().length(), published.value().length, published.key(),
                    published.value(), published.headers(), Optional.empty()));
            payloads.add(json.writeValueAsBytes(message.getPayload()));
        }
    }

    /** The events whose records are decoded and encoded, in the order the benchmark methods take them. */
    List<Object> payloads() {
        return messages.stream().<Object>map(EventMessage::getPayload).toList();
    }

    private int nextIndex() {
        next = next + 1 == EVENTS ? 0 : next + 1;
        return next;
    }

    /** A read-model processor's cost per record, before its handler runs. */
    @Benchmark
    public Object decodeRecord() {
        return converter.readKafkaMessage(records.get(nextIndex())).orElseThrow().getPayload();
    }

    @Benchmark
    public Object baselineReadPayload() throws IOException {
        int index = nextIndex();
        return json.readValue(payloads.get(index), messages.get(index).getPayloadType());
    }

    /** The Kafka publisher's cost per event, before the producer sends it. */
    @Benchmark
    public Object encodeRecord() {
        return converter.createKafkaMessage(messages.get(nextIndex()), TOPIC);
    }

    @Benchmark
    public byte[] baselineWritePayload() throws IOException {
        return json.writeValueAsBytes(messages.get(nextIndex()).getPayload());
    }
}
