package care.tandem.query.export.calendar;

import com.zaxxer.hikari.HikariDataSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The secret feed URLs in PostgreSQL (schema {@code calendar_feeds}): 256 random bits per feed, of which only the
 * SHA-256 is stored. Issuing a feed revokes the one in force, in the same transaction.
 */
public class CalendarFeedStore implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SECRET_BYTES = 32;

    private final HikariDataSource dataSource;
    private final Clock clock;

    CalendarFeedStore(HikariDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** A feed in force: whose, issued to which token subject, when. */
    public record Feed(FeedOwner owner, String issuedTo, Instant issuedAt) {
    }

    /** A new feed for the owner, the one in force (if any) revoked; the secret is returned here and never again. */
    public Issued issue(FeedOwner owner, String issuedTo) {
        byte[] random = new byte[SECRET_BYTES];
        RANDOM.nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        inTransaction(connection -> {
            lockOwner(connection, owner);
            revoke(connection, owner, now);
            try (PreparedStatement insert = connection.prepareStatement("insert into calendar_feed "
                    + "(secret_sha256, owner_kind, owner_id, issued_to, issued_at) values (?, ?, ?, ?, ?)")) {
                insert.setBytes(1, sha256(secret));
                insert.setString(2, owner.kind().name());
                insert.setString(3, owner.id());
                insert.setString(4, issuedTo);
                insert.setTimestamp(5, Timestamp.from(now));
                insert.executeUpdate();
            }
            return null;
        });
        return new Issued(secret, now);
    }

    public record Issued(String secret, Instant issuedAt) {
    }

    /** Ends the owner's feed in force; true if there was one. */
    public boolean revoke(FeedOwner owner) {
        return inTransaction(connection -> revoke(connection, owner, clock.instant()) > 0);
    }

    /** The owner's feed in force, if any. */
    public Optional<Feed> inForce(FeedOwner owner) {
        return inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select issued_to, issued_at from "
                    + "calendar_feed where owner_kind = ? and owner_id = ? and revoked_at is null")) {
                select.setString(1, owner.kind().name());
                select.setString(2, owner.id());
                return feedFrom(select, owner);
            }
        });
    }

    /** The feed this secret opens, if it is in force. */
    public Optional<Feed> opened(String secret) {
        return inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select owner_kind, owner_id, issued_to, "
                    + "issued_at from calendar_feed where secret_sha256 = ? and revoked_at is null")) {
                select.setBytes(1, sha256(secret));
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(new Feed(new FeedOwner(FeedOwner.Kind.valueOf(row.getString(1)),
                            row.getString(2)), row.getString(3), row.getTimestamp(4).toInstant())) : Optional.empty();
                }
            }
        });
    }

    private static Optional<Feed> feedFrom(PreparedStatement select, FeedOwner owner) throws SQLException {
        try (ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(new Feed(owner, row.getString(1), row.getTimestamp(2).toInstant()))
                    : Optional.empty();
        }
    }

    /** Two issues for one owner at once would both find no feed in force: the second waits for the first. */
    private static void lockOwner(Connection connection, FeedOwner owner) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, "calendar_feed/" + owner.kind() + "/" + owner.id());
            lock.execute();
        }
    }

    private static int revoke(Connection connection, FeedOwner owner, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update calendar_feed set revoked_at = ? "
                + "where owner_kind = ? and owner_id = ? and revoked_at is null")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setString(2, owner.kind().name());
            update.setString(3, owner.id());
            return update.executeUpdate();
        }
    }

    private interface Work<T> {
        T in(Connection connection) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.in(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the calendar feeds' store failed (" + e.getSQLState() + ")", e);
        }
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
