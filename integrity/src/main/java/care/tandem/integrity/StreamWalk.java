package care.tandem.integrity;

import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/** One stream's events checked against its chain and the head a signed checkpoint holds for it. */
final class StreamWalk {

    private StreamWalk() {
    }

    /** The first thing wrong with the stream, or null if it verifies. */
    static Problem firstProblem(String stream, List<StoredEvent> events, TreeMap<Long, byte[]> chain,
                                StreamHead head, Checkpoint checkpoint) {
        byte[] previous = ChainHash.START;
        byte[] atHead = null;
        long expected = 0;
        for (StoredEvent event : events) {
            if (event.sequence() != expected) {
                return new Problem(stream, expected, Problem.Kind.MISSING, "event " + expected
                        + " is not in the store (deleted); the next stored is " + event.sequence());
            }
            previous = ChainHash.next(previous, event);
            byte[] chained = chain.get(event.sequence());
            if (chained == null) {
                return new Problem(stream, event.sequence(), Problem.Kind.UNCHAINED, "event " + event.sequence()
                        + " has no chain entry: it was not appended by Tandem");
            }
            if (!Arrays.equals(previous, chained)) {
                return new Problem(stream, event.sequence(), Problem.Kind.ALTERED, "event " + event.sequence()
                        + " does not hash to its chain entry: it, or the order of the stream, was changed");
            }
            if (head != null && head.sequence() == event.sequence()) {
                atHead = previous;
            }
            expected++;
        }
        if (!chain.isEmpty() && chain.lastKey() >= expected) {
            return new Problem(stream, expected, Problem.Kind.MISSING, "event " + expected
                    + " was chained but is not in the store (deleted)");
        }
        if (head == null) {
            return null;
        }
        if (events.isEmpty()) {
            return new Problem(stream, null, Problem.Kind.REMOVED, "checkpoint " + checkpoint.id()
                    + " holds this stream to event " + head.sequence() + "; the store holds none of it");
        }
        if (head.sequence() >= expected) {
            return new Problem(stream, expected, Problem.Kind.MISSING, "checkpoint " + checkpoint.id()
                    + " holds this stream to event " + head.sequence() + "; the store ends before it (deleted)");
        }
        if (!Arrays.equals(atHead, head.hash())) {
            return new Problem(stream, head.sequence(), Problem.Kind.REWRITTEN, "the stream up to event "
                    + head.sequence() + " is not what checkpoint " + checkpoint.id() + " of "
                    + checkpoint.createdAt() + " signed: it was rewritten, chain and all");
        }
        return null;
    }
}
