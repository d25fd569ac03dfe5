package care.tandem.query.operations;

import java.util.Map;
import java.util.TreeMap;

/**
 * The event topic's partitions at one moment: for each, the offset of its first kept event and the offset its next
 * event will get. The topic keeps every event forever and is written without transactions, so a partition's offsets
 * are consecutive and their difference counts its events.
 */
record FeedExtent(Map<Integer, Long> firstOffsets, Map<Integer, Long> endOffsets) {

    FeedExtent {
        if (!firstOffsets.keySet().equals(endOffsets.keySet())) {
            throw new IllegalArgumentException("first and end offsets must cover the same partitions");
        }
        firstOffsets = new TreeMap<>(firstOffsets);
        endOffsets = new TreeMap<>(endOffsets);
    }

    long events() {
        return endOffsets.keySet().stream().mapToLong(this::eventsIn).sum();
    }

    /** How many of these events a processor at the given position has handled. */
    long handledAt(FeedPosition position) {
        return endOffsets.keySet().stream()
                .mapToLong(partition -> Math.max(0, Math.min(
                        nextOffset(position, partition) - firstOffsets.get(partition), eventsIn(partition))))
                .sum();
    }

    long behind(FeedPosition position) {
        return events() - handledAt(position);
    }

    /** A partition the processor has not read from yet starts at its first kept event. */
    long nextOffset(FeedPosition position, int partition) {
        return position.nextOffset(partition).orElse(firstOffsets.get(partition));
    }

    private long eventsIn(int partition) {
        return endOffsets.get(partition) - firstOffsets.get(partition);
    }
}
