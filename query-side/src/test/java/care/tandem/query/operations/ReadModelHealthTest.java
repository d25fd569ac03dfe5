package care.tandem.query.operations;

import care.tandem.query.readmodel.InconsistentStoreException;
import com.mongodb.MongoCommandException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The health watch's judgement of one read model, and the one repair it makes by itself. */
class ReadModelHealthTest {

    private static final String SCHEDULE = "schedule";

    private final ReadModelRebuilds readModels = mock(ReadModelRebuilds.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ReadModelHealth health = new ReadModelHealth(readModels, new ConsumerLag(meters), meters,
                                                               Duration.ofSeconds(60));

    @Test
    void aReadModelStuckOnAnInconsistentStoreIsStalledAndRebuiltByItselfOnce() {
        when(readModels.statuses()).thenReturn(List.of(status(5)));
        when(readModels.failure(SCHEDULE)).thenReturn(Optional.of(new IllegalStateException("wrapped",
                new InconsistentStoreException("schedules", new MongoCommandException(new BsonDocument(), null)))));

        health.judge();
        health.judge();

        assertThat(health.verdict(SCHEDULE).state()).isEqualTo(ReadModelStatus.State.STALLED);
        assertThat(health.verdict(SCHEDULE).reason()).contains("IllegalStateException");
        verify(readModels, times(1)).rebuild(SCHEDULE);
    }

    @Test
    void anyOtherFailureIsReportedButLeftToTheProcessorsRetries() {
        when(readModels.statuses()).thenReturn(List.of(status(5)));
        when(readModels.failure(SCHEDULE)).thenReturn(Optional.of(new IllegalStateException("a fault")));

        health.judge();

        assertThat(health.verdict(SCHEDULE).state()).isEqualTo(ReadModelStatus.State.STALLED);
        assertThat(health.staleness())
                .hasValueSatisfying(stale -> assertThat(stale).startsWith(SCHEDULE + " (stalled"));
        verify(readModels, times(0)).rebuild(SCHEDULE);
    }

    private static ReadModelStatus status(long eventsBehind) {
        return new ReadModelStatus(SCHEDULE, true, false,
                                   List.of(new ReadModelStatus.Partition(0, 10, 10 + eventsBehind)), eventsBehind, 0,
                                   null, null);
    }
}
