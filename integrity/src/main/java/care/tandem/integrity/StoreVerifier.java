package care.tandem.integrity;

import com.google.crypto.tink.PublicKeyVerify;

import javax.sql.DataSource;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks the event store against its chain and its newest signed checkpoint, reading in one snapshot: every event
 * must hash to its chain entry from the stream's first event on, no sequence number may be missing, and each stream
 * must reach the head the checkpoint signed. It names, per stream, the first event that does not match.
 */
public final class StoreVerifier {

    private final DataSource store;
    private final PublicKeyVerify checkpointKey;
    private final Clock clock;

    public StoreVerifier(DataSource store, PublicKeyVerify checkpointKey, Clock clock) {
        this.store = store;
        this.checkpointKey = checkpointKey;
        this.clock = clock;
    }

    /** Every stream of the store. */
    public Verification verifyStore() {
        return verify("store", null);
    }

    /** One stream: a plan's id, or {@code consents/<participantId>} for a person's consents. */
    public Verification verifyStream(String streamId) {
        return verify(streamId, streamId);
    }

    private Verification verify(String scope, String onlyStream) {
        long started = System.nanoTime();
        try (Connection connection = store.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                List<Problem> problems = new ArrayList<>();
                Optional<Checkpoint> latest = Checkpoints.latest(connection);
                Checkpoint trusted = latest.filter(checkpoint -> valid(checkpoint, problems)).orElse(null);
                Set<String> streams = onlyStream != null ? Set.of(onlyStream) : streams(connection, trusted);
                long events = 0;
                for (String stream : streams) {
                    events += verifyStream(connection, stream, trusted, problems);
                }
                Verification.Anchor genesis = Checkpoints.genesis(connection)
                        .map(checkpoint -> anchor(checkpoint, signatureValid(checkpoint))).orElse(null);
                return new Verification(scope, problems.isEmpty(), streams.size(), events,
                        latest.map(checkpoint -> anchor(checkpoint, trusted != null)).orElse(null), genesis,
                        List.copyOf(problems), clock.instant(), (System.nanoTime() - started) / 1_000_000);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the event store could not be read for verification", e);
        }
    }

    /** A checkpoint counts only if its key signed it and its heads still give its root. */
    private boolean valid(Checkpoint checkpoint, List<Problem> problems) {
        if (!signatureValid(checkpoint)) {
            problems.add(new Problem(null, null, Problem.Kind.CHECKPOINT_INVALID, "checkpoint " + checkpoint.id()
                    + " is not signed by the checkpoint key"));
            return false;
        }
        if (!Arrays.equals(MerkleTree.root(checkpoint.heads()), checkpoint.root())) {
            problems.add(new Problem(null, null, Problem.Kind.CHECKPOINT_INVALID, "the stream heads of checkpoint "
                    + checkpoint.id() + " were changed after it was signed"));
            return false;
        }
        return true;
    }

    private boolean signatureValid(Checkpoint checkpoint) {
        try {
            checkpointKey.verify(checkpoint.signature(), Checkpoint.signedBytes(checkpoint.createdAt(),
                    checkpoint.genesis(), checkpoint.heads().size(), checkpoint.root()));
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** Walks the stream from its first event; adds its first problem, if any. Returns how many events it read. */
    private static long verifyStream(Connection connection, String stream, Checkpoint trusted, List<Problem> problems)
            throws SQLException {
        List<StoredEvent> events = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(EventChain.EVENTS_OF_STREAM)) {
            select.setString(1, stream);
            select.setLong(2, 0);
            select.setLong(3, Long.MAX_VALUE);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(StoredEvent.read(rows));
                }
            }
        }
        TreeMap<Long, byte[]> chain = chainOf(connection, stream);
        StreamHead head = trusted == null ? null : trusted.headOf(stream);
        Problem problem = StreamWalk.firstProblem(stream, events, chain, head, trusted);
        if (problem != null) {
            problems.add(problem);
        }
        return events.size();
    }

    private static TreeMap<Long, byte[]> chainOf(Connection connection, String stream) throws SQLException {
        TreeMap<Long, byte[]> chain = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement("select sequencenumber, hash from event_chain "
                + "where aggregateidentifier = ?")) {
            select.setString(1, stream);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    chain.put(rows.getLong(1), rows.getBytes(2));
                }
            }
        }
        return chain;
    }

    private static Set<String> streams(Connection connection, Checkpoint trusted) throws SQLException {
        Set<String> streams = new TreeSet<>();
        try (PreparedStatement select = connection.prepareStatement("select aggregateidentifier from "
                + "domainevententry union select aggregateidentifier from event_chain");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                streams.add(rows.getString(1));
            }
        }
        if (trusted != null) {
            trusted.heads().forEach(head -> streams.add(head.streamId()));
        }
        return streams;
    }

    private static Verification.Anchor anchor(Checkpoint checkpoint, boolean valid) {
        return new Verification.Anchor(checkpoint.id(), checkpoint.createdAt(), checkpoint.heads().size(), valid);
    }

}
