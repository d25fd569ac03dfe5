package care.tandem.query.operations;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The rebuild's course against a processor that does as it is told, and one whose reset fails. */
class ReadModelRebuildsTest {

    private static final Duration WITHIN = Duration.ofSeconds(10);
    /** Partition 0 holds offsets 0-5, partition 1 offsets 0-3. */
    private static final FeedExtent FEED = new FeedExtent(Map.of(0, 0L, 1, 0L), Map.of(0, 6L, 1, 4L));

    private final StreamingEventProcessor schedule = processor("schedule");
    private final EventProcessor subscribing = mock(SubscribingEventProcessor.class);
    private final EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
    private final KafkaFeed feed = mock(KafkaFeed.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ReadModelRebuilds rebuilds;

    ReadModelRebuildsTest() {
        when(processing.eventProcessors()).thenReturn(Map.of("schedule", schedule, "notifications", subscribing));
        when(feed.extent()).thenReturn(FEED);
        rebuilds = new ReadModelRebuilds(processing, feed, new DeadLetters(processing, meters), meters);
    }

    @AfterEach
    void stopFollowing() {
        rebuilds.stop();
    }

    @Test
    void onlyStreamingProcessorsAreReadModelsThatCanBeRebuilt() {
        assertThat(rebuilds.statuses()).extracting(ReadModelStatus::name).containsExactly("schedule");
        assertThatThrownBy(() -> rebuilds.rebuild("notifications")).isInstanceOf(ReadModelNotFoundException.class);
    }

    @Test
    void aRebuildResetsTheStoppedProcessorAndCompletesOnceEveryEventOnTheFeedIsHandledAgain() {
        ReadModelStatus started = rebuilds.rebuild("schedule");

        assertThat(started.rebuild().eventsToHandle()).isEqualTo(10);
        assertThat(rebuilds.rebuilding()).containsExactly("schedule");
        var order = inOrder(schedule);
        order.verify(schedule, timeout(WITHIN.toMillis())).shutDown();
        order.verify(schedule, timeout(WITHIN.toMillis())).resetTokens();
        order.verify(schedule, timeout(WITHIN.toMillis())).start();

        replayedUpTo(5L, 1L);
        await().atMost(WITHIN).untilAsserted(() -> assertThat(rebuilds.status("schedule").rebuild().eventsHandled())
                .isEqualTo(8));
        assertThat(rebuilds.status("schedule").rebuild().state()).isEqualTo(Rebuild.State.REPLAYING);

        replayedUpTo(5L, 3L);
        await().atMost(WITHIN).untilAsserted(() -> assertThat(rebuilds.status("schedule").rebuild().state())
                .isEqualTo(Rebuild.State.COMPLETED));
        assertThat(rebuilds.rebuilding()).isEmpty();
        assertThat(meters.get(ReadModelRebuilds.PROGRESS_METRIC).tag(ProjectionLag.READ_MODEL_TAG, "schedule")
                           .gauge().value()).isEqualTo(100.0);
        assertThat(meters.get(ReadModelRebuilds.REMAINING_METRIC).gauge().value()).isZero();
    }

    @Test
    void aFailedResetStartsTheProcessorAgainAndSaysTheRebuildFailed() {
        doThrow(new IllegalStateException("token store unreachable")).when(schedule).resetTokens();

        rebuilds.rebuild("schedule");

        verify(schedule, timeout(WITHIN.toMillis())).start();
        await().atMost(WITHIN).untilAsserted(() -> assertThat(rebuilds.status("schedule").rebuild())
                .satisfies(rebuild -> {
                    assertThat(rebuild.state()).isEqualTo(Rebuild.State.FAILED);
                    assertThat(rebuild.failure()).isEqualTo(IllegalStateException.class.getName());
                    assertThat(rebuild.finishedAt()).isNotNull();
                }));
        assertThat(rebuilds.rebuilding()).isEmpty();
    }

    @Test
    void withoutTheFeedsEndOffsetsNoRebuildStarts() {
        when(feed.extent()).thenThrow(new FeedUnavailableException(new RuntimeException("no broker")));

        assertThatThrownBy(() -> rebuilds.rebuild("schedule")).isInstanceOf(FeedUnavailableException.class);

        verify(schedule, never()).shutDown();
        assertThat(rebuilds.status("schedule").partitions()).as("unknown while Kafka does not answer").isEmpty();
    }

    private void replayedUpTo(long lastOffsetOfPartition0, long lastOffsetOfPartition1) {
        EventTrackerStatus segment = mock(EventTrackerStatus.class);
        when(segment.getTrackingToken()).thenReturn(KafkaTrackingToken.emptyToken()
                                                            .advancedTo("tandem.events", 0, lastOffsetOfPartition0)
                                                            .advancedTo("tandem.events", 1, lastOffsetOfPartition1));
        when(schedule.processingStatus()).thenReturn(Map.of(0, segment));
    }

    private static StreamingEventProcessor processor(String name) {
        StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
        when(processor.getName()).thenReturn(name);
        when(processor.processingStatus()).thenReturn(Map.of());
        return processor;
    }
}
