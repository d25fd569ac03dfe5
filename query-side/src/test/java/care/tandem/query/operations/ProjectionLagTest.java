package care.tandem.query.operations;

import care.tandem.query.testing.PlanStream;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import static care.tandem.query.testing.PlanFixtures.PLAN;
import static care.tandem.query.testing.PlanFixtures.opened;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.offset;

class ProjectionLagTest {

    private static final String READ_MODEL = "schedule";
    private static final String TOPIC = "tandem.events";
    private static final KafkaTrackingToken AT_OFFSET_3 = KafkaTrackingToken.emptyToken().advancedTo(TOPIC, 0, 3);

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final DomainEventMessage<?> recorded = new PlanStream(PLAN).next(opened());
    /** The read model writes one and a half seconds after the event was recorded. */
    private final ProjectionLag lag = new ProjectionLag(
            meters, READ_MODEL, Clock.fixed(recorded.getTimestamp().plusMillis(1_500), ZoneOffset.UTC));

    @Test
    void timesAnEventFromItsRecordingToTheWriteOfTheReadModel() throws Exception {
        handle(AT_OFFSET_3, () -> "written");

        Timer timer = meters.get(ProjectionLag.METRIC).tag(ProjectionLag.READ_MODEL_TAG, READ_MODEL).timer();
        assertThat(timer.count()).isEqualTo(1);
        assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(1_500);
        assertThat(timer.getId().getTags()).hasSize(1);
    }

    @Test
    void anEventStampedAheadOfThisClockCountsAsNoLag() throws Exception {
        ProjectionLag behindTheCommandSide = new ProjectionLag(
                meters, READ_MODEL, Clock.fixed(recorded.getTimestamp().minusSeconds(2), ZoneOffset.UTC));

        handle(behindTheCommandSide, AT_OFFSET_3, () -> "written");

        Timer timer = meters.get(ProjectionLag.METRIC).timer();
        assertThat(timer.count()).isEqualTo(1);
        assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isZero();
    }

    @Test
    void aReplayedEventIsNotTimed() throws Exception {
        ReplayToken reset = (ReplayToken) ReplayToken.createReplayToken(AT_OFFSET_3.advancedTo(TOPIC, 0, 9),
                                                                        KafkaTrackingToken.emptyToken());

        handle(reset.advancedTo(AT_OFFSET_3), () -> "written again");

        assertThat(meters.get(ProjectionLag.METRIC).timer().count()).isZero();
    }

    /** Axon's own replay check calls this event new: the replay has not read from partition 1 yet. */
    @Test
    void aReplayedEventIsNotTimedBeforeTheReplayReachedEveryPartition() throws Exception {
        ReplayToken reset = (ReplayToken) ReplayToken.createReplayToken(AT_OFFSET_3.advancedTo(TOPIC, 1, 4),
                                                                        KafkaTrackingToken.emptyToken());
        TrackingToken firstOfPartitionZero = reset.advancedTo(KafkaTrackingToken.emptyToken().advancedTo(TOPIC, 0, 0));

        handle(firstOfPartitionZero, () -> "written again");

        assertThat(meters.get(ProjectionLag.METRIC).timer().count()).isZero();
    }

    /** A reset leaves the token wrapped until an event newer than the reset arrives; that event is live again. */
    @Test
    void theFirstEventAfterTheReplayIsTimed() throws Exception {
        ReplayToken reset = (ReplayToken) ReplayToken.createReplayToken(AT_OFFSET_3, KafkaTrackingToken.emptyToken());

        handle(reset.advancedTo(AT_OFFSET_3.advancedTo(TOPIC, 0, 4)), () -> "written");

        assertThat(meters.get(ProjectionLag.METRIC).timer().count()).isEqualTo(1);
    }

    @Test
    void aWriteThatFailedIsNotTimed() {
        assertThatIllegalStateException().isThrownBy(() -> handle(AT_OFFSET_3, () -> {
            throw new IllegalStateException("MongoDB unreachable");
        }));

        assertThat(meters.get(ProjectionLag.METRIC).timer().count()).isZero();
    }

    @Test
    void publishesPercentiles() throws Exception {
        handle(AT_OFFSET_3, () -> "written");

        HistogramSnapshot snapshot = meters.get(ProjectionLag.METRIC).timer().takeSnapshot();
        assertThat(snapshot.percentileValues()).extracting(ValueAtPercentile::percentile)
                .containsExactly(0.5, 0.95, 0.99);
        assertThat(snapshot.percentileValues()[0].value(TimeUnit.MILLISECONDS)).isCloseTo(1_500, offset(100.0));
    }

    private void handle(TrackingToken token, InterceptorChain handler) throws Exception {
        handle(lag, token, handler);
    }

    private void handle(ProjectionLag lag, TrackingToken token, InterceptorChain handler) throws Exception {
        EventMessage<?> tracked = new GenericTrackedDomainEventMessage<>(token, recorded);
        DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(tracked);
        var result = unitOfWork.executeWithResult(() -> lag.handle(unitOfWork, handler));
        if (result.isExceptional()) {
            throw (Exception) result.exceptionResult();
        }
    }
}
