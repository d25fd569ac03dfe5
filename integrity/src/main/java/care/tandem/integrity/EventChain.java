package care.tandem.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes each stream's chain ({@code event_chain}: one hash per event) on the connection of the transaction that
 * appended the events, so an event and its hash commit together or not at all. The hash is taken over the row as
 * PostgreSQL holds it, read back in that transaction: the verifier later reads the same columns.
 */
public final class EventChain {

    static final String EVENTS_OF_STREAM = "select " + StoredEvent.COLUMNS + " from domainevententry "
            + "where aggregateidentifier = ? and sequencenumber between ? and ? order by sequencenumber";
    private static final String HASH_AT = "select hash from event_chain where aggregateidentifier = ? "
            + "and sequencenumber = ?";
    private static final String INSERT = "insert into event_chain (aggregateidentifier, sequencenumber, hash) "
            + "values (?, ?, ?)";
    private static final int BATCH = 500;

    private EventChain() {
    }

    /** Chains the events a transaction just appended to a stream, sequence numbers {@code first} to {@code last}. */
    public static void chainAppended(Connection connection, String streamId, long first, long last)
            throws SQLException {
        byte[] previous = first == 0 ? ChainHash.START : hashAt(connection, streamId, first - 1);
        if (previous == null) {
            throw new BrokenChainException(streamId, first - 1);
        }
        List<StoredEvent> appended = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(EVENTS_OF_STREAM)) {
            select.setString(1, streamId);
            select.setLong(2, first);
            select.setLong(3, last);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    appended.add(StoredEvent.read(rows));
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (StoredEvent event : appended) {
                previous = ChainHash.next(previous, event);
                add(insert, event, previous);
            }
            insert.executeBatch();
        }
    }

    /**
     * Chains every stored event, for a store that holds events from before the chain (its genesis): in stream and
     * sequence order, in one pass. Returns how many it chained.
     */
    public static long chainEverything(Connection connection) throws SQLException {
        long chained = 0;
        String stream = null;
        byte[] previous = ChainHash.START;
        try (PreparedStatement select = connection.prepareStatement("select " + StoredEvent.COLUMNS
                + " from domainevententry order by aggregateidentifier, sequencenumber");
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            select.setFetchSize(1_000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    StoredEvent event = StoredEvent.read(rows);
                    if (!event.streamId().equals(stream)) {
                        stream = event.streamId();
                        previous = ChainHash.START;
                    }
                    previous = ChainHash.next(previous, event);
                    add(insert, event, previous);
                    if (++chained % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
        return chained;
    }

    static byte[] hashAt(Connection connection, String streamId, long sequence) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(HASH_AT)) {
            select.setString(1, streamId);
            select.setLong(2, sequence);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getBytes(1) : null;
            }
        }
    }

    private static void add(PreparedStatement insert, StoredEvent event, byte[] hash) throws SQLException {
        insert.setString(1, event.streamId());
        insert.setLong(2, event.sequence());
        insert.setBytes(3, hash);
        insert.addBatch();
    }
}
