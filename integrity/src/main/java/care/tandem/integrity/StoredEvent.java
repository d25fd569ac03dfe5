package care.tandem.integrity;

/**
 * One row of the event store as stored (Axon's {@code domainevententry}): what a stream's chain hashes, column by
 * column, so that a change to any of them after the append shows.
 */
public record StoredEvent(
        long globalIndex,
        String streamId,
        long sequence,
        String aggregateType,
        String eventId,
        String payloadType,
        String payloadRevision,
        String timestamp,
        byte[] metadata,
        byte[] payload) {

    /** The columns read, in this order, by every query that builds a StoredEvent. */
    static final String COLUMNS = "globalindex, aggregateidentifier, sequencenumber, type, eventidentifier, "
            + "payloadtype, payloadrevision, timestamp, metadata, payload";

    static StoredEvent read(java.sql.ResultSet row) throws java.sql.SQLException {
        return new StoredEvent(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4), row.getString(5),
                row.getString(6), row.getString(7), row.getString(8), row.getBytes(9), row.getBytes(10));
    }
}
