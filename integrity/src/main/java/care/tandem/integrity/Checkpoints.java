package care.tandem.integrity;

import com.google.crypto.tink.PublicKeySign;

import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Signed checkpoints of every stream's head ({@code event_chain_checkpoints} and their heads). */
public final class Checkpoints {

    private static final String HEADS_NOW = "select distinct on (aggregateidentifier) aggregateidentifier, "
            + "sequencenumber, hash from event_chain order by aggregateidentifier, sequencenumber desc";

    /** Java's order, not the database's collation: the root must not change with the server it is read on. */
    private static final Comparator<StreamHead> BY_STREAM = Comparator.comparing(StreamHead::streamId);

    private Checkpoints() {
    }

    /** Anchors every stream's current head: a Merkle root over them, signed, stored with the heads. */
    public static Checkpoint create(Connection connection, PublicKeySign key, Instant now, boolean genesis)
            throws SQLException {
        Instant createdAt = now.truncatedTo(ChronoUnit.MICROS);
        List<StreamHead> heads = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(HEADS_NOW);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                heads.add(new StreamHead(rows.getString(1), rows.getLong(2), rows.getBytes(3)));
            }
        }
        heads.sort(BY_STREAM);
        byte[] root = MerkleTree.root(heads);
        byte[] signature;
        try {
            signature = key.sign(Checkpoint.signedBytes(createdAt, genesis, heads.size(), root));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the checkpoint could not be signed", e);
        }
        long id;
        try (PreparedStatement insert = connection.prepareStatement("insert into event_chain_checkpoints "
                + "(created_at, genesis, streams, root, signature) values (?, ?, ?, ?, ?) returning id")) {
            insert.setTimestamp(1, Timestamp.from(createdAt));
            insert.setBoolean(2, genesis);
            insert.setInt(3, heads.size());
            insert.setBytes(4, root);
            insert.setBytes(5, signature);
            try (ResultSet key2 = insert.executeQuery()) {
                key2.next();
                id = key2.getLong(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into event_chain_checkpoint_heads "
                + "(checkpoint_id, aggregateidentifier, sequencenumber, hash) values (?, ?, ?, ?)")) {
            for (StreamHead head : heads) {
                insert.setLong(1, id);
                insert.setString(2, head.streamId());
                insert.setLong(3, head.sequence());
                insert.setBytes(4, head.hash());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return new Checkpoint(id, createdAt, genesis, List.copyOf(heads), root, signature);
    }

    /** The newest checkpoint with its heads, if any was made. */
    public static Optional<Checkpoint> latest(Connection connection) throws SQLException {
        return one(connection, "select id, created_at, genesis, root, signature from event_chain_checkpoints "
                + "order by id desc limit 1");
    }

    /** The genesis checkpoint, if the store held events from before the chain. */
    public static Optional<Checkpoint> genesis(Connection connection) throws SQLException {
        return one(connection, "select id, created_at, genesis, root, signature from event_chain_checkpoints "
                + "where genesis order by id limit 1");
    }

    /** Whether the chain has been started: by the first event chained, or a genesis. */
    public static boolean chainStarted(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select exists (select 1 from event_chain) "
                + "or exists (select 1 from event_chain_checkpoints)");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getBoolean(1);
        }
    }

    private static Optional<Checkpoint> one(Connection connection, String sql) throws SQLException {
        long id;
        Instant createdAt;
        boolean genesis;
        byte[] root;
        byte[] signature;
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            id = row.getLong(1);
            createdAt = row.getTimestamp(2).toInstant();
            genesis = row.getBoolean(3);
            root = row.getBytes(4);
            signature = row.getBytes(5);
        }
        List<StreamHead> heads = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select aggregateidentifier, sequencenumber, "
                + "hash from event_chain_checkpoint_heads where checkpoint_id = ? ")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    heads.add(new StreamHead(rows.getString(1), rows.getLong(2), rows.getBytes(3)));
                }
            }
        }
        heads.sort(BY_STREAM);
        return Optional.of(new Checkpoint(id, createdAt, genesis, List.copyOf(heads), root, signature));
    }
}
