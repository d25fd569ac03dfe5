package care.tandem.integrity;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The chain of one stream, and each way a stored stream can be changed after the fact. */
class StreamWalkTest {

    private static final String PLAN = "plan-7";

    @Test
    void anUntouchedStreamVerifiesAgainstItsChainAndItsCheckpoint() {
        List<StoredEvent> events = events(4);
        TreeMap<Long, byte[]> chain = chain(events);
        assertThat(StreamWalk.firstProblem(PLAN, events, chain, head(chain, 2), checkpoint())).isNull();
        assertThat(StreamWalk.firstProblem(PLAN, events, chain, null, null)).isNull();
    }

    @Test
    void anEditedEventIsNamedByItsSequenceNumber() {
        List<StoredEvent> events = events(4);
        TreeMap<Long, byte[]> chain = chain(events);
        events.set(2, with(events.get(2), "{\"displayName\":\"someone else\"}"));
        assertThat(StreamWalk.firstProblem(PLAN, events, chain, null, null))
                .extracting(Problem::kind, Problem::sequence).containsExactly(Problem.Kind.ALTERED, 2L);
    }

    @Test
    void aDeletedEventAnInsertedOneAndSwappedOnesAreEachFound() {
        List<StoredEvent> events = events(4);
        TreeMap<Long, byte[]> chain = chain(events);
        List<StoredEvent> deleted = new ArrayList<>(events);
        deleted.remove(1);
        assertThat(StreamWalk.firstProblem(PLAN, deleted, chain, null, null))
                .extracting(Problem::kind, Problem::sequence).containsExactly(Problem.Kind.MISSING, 1L);
        List<StoredEvent> lastDeleted = events.subList(0, 3);
        assertThat(StreamWalk.firstProblem(PLAN, lastDeleted, chain, null, null))
                .extracting(Problem::kind, Problem::sequence).containsExactly(Problem.Kind.MISSING, 3L);
        List<StoredEvent> inserted = new ArrayList<>(events);
        inserted.add(event(4, "{\"forged\":true}"));
        assertThat(StreamWalk.firstProblem(PLAN, inserted, chain, null, null))
                .extracting(Problem::kind, Problem::sequence).containsExactly(Problem.Kind.UNCHAINED, 4L);
        List<StoredEvent> swapped = new ArrayList<>(List.of(events.get(0), with(events.get(1),
                new String(events.get(2).payload(), StandardCharsets.UTF_8)), with(events.get(2),
                new String(events.get(1).payload(), StandardCharsets.UTF_8)), events.get(3)));
        assertThat(StreamWalk.firstProblem(PLAN, swapped, chain, null, null))
                .extracting(Problem::kind, Problem::sequence).containsExactly(Problem.Kind.ALTERED, 1L);
    }

    @Test
    void aStreamRewrittenChainAndAllIsCaughtByTheSignedHeadAndATruncatedOneByItsLength() {
        List<StoredEvent> events = events(4);
        TreeMap<Long, byte[]> signedChain = chain(events);
        StreamHead signed = head(signedChain, 3);
        List<StoredEvent> rewritten = new ArrayList<>(events);
        rewritten.set(1, with(events.get(1), "{\"rewritten\":true}"));
        TreeMap<Long, byte[]> rechained = chain(rewritten);
        assertThat(StreamWalk.firstProblem(PLAN, rewritten, rechained, null, null)).as("the chain alone agrees")
                .isNull();
        assertThat(StreamWalk.firstProblem(PLAN, rewritten, rechained, signed, checkpoint()))
                .extracting(Problem::kind, Problem::sequence).containsExactly(Problem.Kind.REWRITTEN, 3L);
        List<StoredEvent> truncated = events.subList(0, 2);
        assertThat(StreamWalk.firstProblem(PLAN, truncated, chain(truncated), signed, checkpoint()))
                .extracting(Problem::kind, Problem::sequence).containsExactly(Problem.Kind.MISSING, 2L);
        assertThat(StreamWalk.firstProblem(PLAN, List.of(), new TreeMap<>(), signed, checkpoint()))
                .extracting(Problem::kind).isEqualTo(Problem.Kind.REMOVED);
    }

    @Test
    void everyColumnIsInTheHash() {
        byte[] none = new byte[0];
        byte[] braces = {'{', '}'};
        StoredEvent base = new StoredEvent(0, PLAN, 0, "TreatmentPlan", "e-0", "T", "1", "t", none, braces);
        byte[] hash = ChainHash.next(ChainHash.START, base);
        List<StoredEvent> changed = List.of(
                new StoredEvent(0, "plan-8", 0, "TreatmentPlan", "e-0", "T", "1", "t", none, braces),
                new StoredEvent(0, PLAN, 1, "TreatmentPlan", "e-0", "T", "1", "t", none, braces),
                new StoredEvent(0, PLAN, 0, "Other", "e-0", "T", "1", "t", none, braces),
                new StoredEvent(0, PLAN, 0, "TreatmentPlan", "e-1", "T", "1", "t", none, braces),
                new StoredEvent(0, PLAN, 0, "TreatmentPlan", "e-0", "U", "1", "t", none, braces),
                new StoredEvent(0, PLAN, 0, "TreatmentPlan", "e-0", "T", "2", "t", none, braces),
                new StoredEvent(0, PLAN, 0, "TreatmentPlan", "e-0", "T", null, "t", none, braces),
                new StoredEvent(0, PLAN, 0, "TreatmentPlan", "e-0", "T", "1", "u", none, braces),
                new StoredEvent(0, PLAN, 0, "TreatmentPlan", "e-0", "T", "1", "t", new byte[]{1}, braces),
                new StoredEvent(0, PLAN, 0, "TreatmentPlan", "e-0", "T", "1", "t", none, new byte[]{'{'}));
        assertThat(changed).allSatisfy(other -> assertThat(ChainHash.next(ChainHash.START, other))
                .isNotEqualTo(hash));
        assertThat(ChainHash.next(ChainHash.START, new StoredEvent(99, PLAN, 0, "TreatmentPlan", "e-0", "T", "1", "t",
                new byte[0], new byte[]{'{', '}'}))).as("the global index is the database's, not the stream's")
                .isEqualTo(hash);
    }

    private static List<StoredEvent> events(int count) {
        List<StoredEvent> events = new ArrayList<>();
        for (int sequence = 0; sequence < count; sequence++) {
            events.add(event(sequence, "{\"n\":" + sequence + "}"));
        }
        return events;
    }

    private static StoredEvent event(long sequence, String payload) {
        return new StoredEvent(sequence + 1, PLAN, sequence, "TreatmentPlan", "e-" + sequence, "T", "1",
                "2026-03-01T09:00:00Z", new byte[0], payload.getBytes(StandardCharsets.UTF_8));
    }

    private static StoredEvent with(StoredEvent event, String payload) {
        return new StoredEvent(event.globalIndex(), event.streamId(), event.sequence(), event.aggregateType(),
                event.eventId(), event.payloadType(), event.payloadRevision(), event.timestamp(), event.metadata(),
                payload.getBytes(StandardCharsets.UTF_8));
    }

    private static TreeMap<Long, byte[]> chain(List<StoredEvent> events) {
        TreeMap<Long, byte[]> chain = new TreeMap<>();
        byte[] previous = ChainHash.START;
        for (StoredEvent event : events) {
            previous = ChainHash.next(previous, event);
            chain.put(event.sequence(), previous);
        }
        return chain;
    }

    private static StreamHead head(TreeMap<Long, byte[]> chain, long sequence) {
        return new StreamHead(PLAN, sequence, chain.get(sequence));
    }

    private static Checkpoint checkpoint() {
        return new Checkpoint(1, Instant.parse("2026-03-02T00:00:00Z"), false, List.of(), new byte[32], new byte[0]);
    }
}
