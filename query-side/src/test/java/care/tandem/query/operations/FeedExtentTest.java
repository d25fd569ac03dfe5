package care.tandem.query.operations;

import org.apache.kafka.common.TopicPartition;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Counting a processor's progress from its Kafka tokens against the topic's offsets. */
class FeedExtentTest {

    private static final String TOPIC = "tandem.events";

    /** Partition 0 holds offsets 0-9, partition 1 offsets 0-4, partition 2 is empty. */
    private final FeedExtent feed = new FeedExtent(Map.of(0, 0L, 1, 0L, 2, 0L), Map.of(0, 10L, 1, 5L, 2, 0L));

    @Test
    void aProcessorThatHandledOffsetsZeroToThreeOfOnePartitionHandledFourEvents() {
        FeedPosition position = FeedPosition.of(token(Map.of(0, 3L)));

        assertThat(feed.events()).isEqualTo(15);
        assertThat(feed.handledAt(position)).isEqualTo(4);
        assertThat(feed.behind(position)).isEqualTo(11);
        assertThat(feed.nextOffset(position, 0)).isEqualTo(4);
        assertThat(feed.nextOffset(position, 1)).as("not read from yet").isZero();
    }

    @Test
    void eventsWrittenAfterTheExtentWasTakenDoNotCountTowardsIt() {
        FeedPosition position = FeedPosition.of(token(Map.of(0, 14L, 1, 4L)));

        assertThat(feed.handledAt(position)).isEqualTo(15);
        assertThat(feed.behind(position)).isZero();
    }

    @Test
    void eventsBeforeThePartitionsFirstKeptOffsetAreNotCounted() {
        FeedExtent trimmed = new FeedExtent(Map.of(0, 100L), Map.of(0, 110L));

        assertThat(trimmed.events()).isEqualTo(10);
        assertThat(trimmed.handledAt(FeedPosition.of(token(Map.of(0, 104L))))).isEqualTo(5);
        assertThat(trimmed.handledAt(new FeedPosition(Map.of()))).isZero();
    }

    @Test
    void duringAReplayThePositionIsWhereTheReplayHasGotToNotWhereTheResetWas() {
        ReplayToken reset = (ReplayToken) ReplayToken.createReplayToken(token(Map.of(0, 9L, 1, 4L)),
                                                                        KafkaTrackingToken.emptyToken());
        TrackingToken replay = reset.advancedTo(token(Map.of(0, 1L)));

        assertThat(replay).isInstanceOf(ReplayToken.class);
        assertThat(feed.handledAt(FeedPosition.of(replay))).isEqualTo(2);
    }

    @Test
    void withSeveralSegmentsThePositionIsTheOneEverySegmentHasPassed() {
        List<EventTrackerStatus> segments = List.of(segmentAt(token(Map.of(0, 7L, 1, 2L))),
                                                    segmentAt(token(Map.of(0, 5L))));

        FeedPosition position = FeedPosition.reachedBy(segments).orElseThrow();

        assertThat(position.nextOffset(0)).hasValue(6);
        assertThat(position.nextOffset(1)).as("one segment has not read from it yet").isEmpty();
    }

    @Test
    void noSegmentRunningHereMeansThePositionIsUnknown() {
        assertThat(FeedPosition.reachedBy(List.of())).isEmpty();
        assertThat(FeedPosition.of(null).nextOffsets()).isEmpty();
    }

    private static KafkaTrackingToken token(Map<Integer, Long> lastOffsets) {
        KafkaTrackingToken token = KafkaTrackingToken.emptyToken();
        for (Map.Entry<Integer, Long> lastOffset : lastOffsets.entrySet()) {
            token = token.advancedTo(TOPIC, lastOffset.getKey(), lastOffset.getValue());
        }
        return token;
    }

    private static EventTrackerStatus segmentAt(TrackingToken token) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.getTrackingToken()).thenReturn(token);
        return status;
    }
}
