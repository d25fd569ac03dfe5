package care.tandem.bench.rebuild;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the JMH benchmark honest without running JMH (bench/jmh.sh does): what it times must be the real work, so
 * decoding a record gives back the very event that was encoded, and the baseline reads the same payloads. No timing.
 */
class EventCodecBenchmarkTest {

    @Test
    void everyOperationDoesTheWorkItIsTimedFor() throws IOException {
        List<Object> events = prepared().payloads();
        assertThat(events).hasSize(100);
        assertThat(events.stream().map(Object::getClass).distinct()).hasSizeGreaterThan(5);

        EventCodecBenchmark decoding = prepared();
        EventCodecBenchmark reading = prepared();
        EventCodecBenchmark encoding = prepared();
        EventCodecBenchmark writing = prepared();
        List<Object> decoded = new ArrayList<>();
        List<Object> readByTheBaseline = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            decoded.add(decoding.decodeRecord());
            readByTheBaseline.add(reading.baselineReadPayload());
            assertThat(encoding.encodeRecord()).isInstanceOf(ProducerRecord.class);
            assertThat(writing.baselineWritePayload()).isNotEmpty();
        }

        // Each operation steps through the history from the second event on, wrapping round.
        List<Object> inTurn = new ArrayList<>(events.subList(1, events.size()));
        inTurn.add(events.get(0));
        assertThat(decoded).isEqualTo(inTurn);
        assertThat(readByTheBaseline).isEqualTo(inTurn);
    }

    private static EventCodecBenchmark prepared() throws IOException {
        EventCodecBenchmark benchmark = new EventCodecBenchmark();
        benchmark.recordOnePlansHistory();
        return benchmark;
    }
}
