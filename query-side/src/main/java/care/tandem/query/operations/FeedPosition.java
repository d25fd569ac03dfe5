package care.tandem.query.operations;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where a read model's processor stands on the feed: per partition, the offset of the next event it will handle. A
 * partition it has not read from yet is absent.
 */
record FeedPosition(Map<Integer, Long> nextOffsets) {

    /** Nothing read yet. */
    static final FeedPosition NONE = new FeedPosition(Map.of());

    FeedPosition {
        nextOffsets = Map.copyOf(nextOffsets);
    }

    /**
     * The position every segment of the processor has passed, from the segments this instance runs; empty when it runs
     * none (the processor is stopped, restarting, or runs on another instance).
     */
    static Optional<FeedPosition> reachedBy(Collection<EventTrackerStatus> segments) {
        return segments.stream()
                .map(segment -> of(segment.getTrackingToken()))
                .reduce(FeedPosition::lowerBound);
    }

    /** A replay's token holds the position the replay has reached; a Kafka token, each partition's last offset. */
    static FeedPosition of(TrackingToken token) {
        Map<Integer, Long> nextOffsets = new HashMap<>();
        if (WrappedToken.unwrapLowerBound(token) instanceof KafkaTrackingToken kafkaToken) {
            kafkaToken.getPositions().forEach((partition, lastOffset) -> nextOffsets.put(partition.partition(),
                                                                                      lastOffset + 1));
        }
        return new FeedPosition(nextOffsets);
    }

    OptionalLong nextOffset(int partition) {
        Long offset = nextOffsets.get(partition);
        return offset == null ? OptionalLong.empty() : OptionalLong.of(offset);
    }

    private FeedPosition lowerBound(FeedPosition other) {
        Map<Integer, Long> lowest = new HashMap<>();
        nextOffsets.forEach((partition, offset) -> {
            Long otherOffset = other.nextOffsets.get(partition);
            if (otherOffset != null) {
                lowest.put(partition, Math.min(offset, otherOffset));
            }
        });
        return new FeedPosition(lowest);
    }
}
