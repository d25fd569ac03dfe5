package care.tandem.integrity;

import care.tandem.events.privacy.PersonalDataCipher;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One key per person (envelope encryption with Tink): an AES-256-GCM keyset per person, stored in PostgreSQL
 * ({@code person_keys}) wrapped by the master key, which is kept outside the database. Destroying a person's keyset
 * (shredding) makes everything sealed with it unreadable for good, wherever a copy of the sealed text lies: the event
 * store, snapshots, the Kafka feed, backups. Opened keysets are held for {@code cacheFor}, so a shredding reaches
 * every instance within that time.
 */
public final class PersonKeys implements PersonalDataCipher {

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final DataSource store;
    private final Aead master;
    private final Clock clock;
    private final Duration cacheFor;
    private final boolean makesKeys;
    private final ConcurrentHashMap<String, Held> opened = new ConcurrentHashMap<>();

    private record Held(Aead key, Instant until) {
    }

    /**
     * @param makesKeys whether this is the writer, which makes a person's key the first time it seals text about
     *                  them; a reader (the query side) only opens, and leaves text it has no key for as it is
     */
    public PersonKeys(DataSource store, Aead master, Clock clock, Duration cacheFor, boolean makesKeys) {
        this.store = store;
        this.master = master;
        this.clock = clock;
        this.cacheFor = cacheFor;
        this.makesKeys = makesKeys;
    }

    /** Seals with the subject's key; for a subject whose key was destroyed, nothing more of their text is kept. */
    @Override
    public Optional<byte[]> seal(String subject, byte[] associatedData, byte[] plaintext) {
        Optional<Aead> key = key(subject, makesKeys);
        if (key.isEmpty()) {
            if (makesKeys) {
                throw new SubjectErased(subject);
            }
            return Optional.empty();
        }
        try {
            return Optional.of(key.get().encrypt(plaintext, associatedData));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("personal data could not be sealed", e);
        }
    }

    /** The plaintext; empty once the subject's key is destroyed (or if it never had one). */
    @Override
    public Optional<byte[]> open(String subject, byte[] associatedData, byte[] ciphertext) {
        return key(subject, false).flatMap(key -> {
            try {
                return Optional.of(key.decrypt(ciphertext, associatedData));
            } catch (GeneralSecurityException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * Destroys the subject's key for good, recording when, why and by whom (a subject without a key gets a tombstone,
     * so nothing is sealed for them afterwards; one already shredded keeps its first record).
     */
    public void shred(Connection connection, String subject, String reason, String by) throws SQLException {
        opened.remove(subject);
        try (PreparedStatement shred = connection.prepareStatement("insert into person_keys (subject, keyset, "
                + "created_at, shredded_at, shred_reason, shredded_by) values (?, null, ?, ?, ?, ?) "
                + "on conflict (subject) do update set keyset = null, shredded_at = excluded.shredded_at, "
                + "shred_reason = excluded.shred_reason, shredded_by = excluded.shredded_by "
                + "where person_keys.shredded_at is null")) {
            Timestamp now = Timestamp.from(clock.instant());
            shred.setString(1, subject);
            shred.setTimestamp(2, now);
            shred.setTimestamp(3, now);
            shred.setString(4, reason);
            shred.setString(5, by);
            shred.executeUpdate();
        }
    }

    /**
     * Drops every key from memory, so the next use reads the store again: after a shredding, which may also have
     * taken the key of a plan whose last member it was.
     */
    public void forgetAll() {
        opened.clear();
    }

    private Optional<Aead> key(String subject, boolean makeIfMissing) {
        Held held = opened.get(subject);
        if (held != null && clock.instant().isBefore(held.until())) {
            return Optional.ofNullable(held.key());
        }
        try (Connection connection = store.getConnection()) {
            Optional<byte[]> stored = stored(connection, subject);
            if (stored == null && makeIfMissing) {
                make(connection, subject);
                stored = stored(connection, subject);
            }
            Aead key = stored == null || stored.isEmpty() ? null : unwrap(subject, stored.get());
            opened.put(subject, new Held(key, clock.instant().plus(cacheFor)));
            return Optional.ofNullable(key);
        } catch (SQLException e) {
            throw new IllegalStateException("the person key store could not be read", e);
        }
    }

    /** Null if the subject has no row; empty if their key was destroyed. */
    private static Optional<byte[]> stored(Connection connection, String subject) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select keyset from person_keys where subject = ?")) {
            select.setString(1, subject);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getBytes(1)) : null;
            }
        }
    }

    /** A new key, unless another writer made one first: then theirs is the subject's key. */
    private void make(Connection connection, String subject) throws SQLException {
        byte[] wrapped;
        try {
            wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(
                    KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), master, context(subject));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a person key could not be made", e);
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into person_keys (subject, keyset, "
                + "created_at) values (?, ?, ?) on conflict (subject) do nothing")) {
            insert.setString(1, subject);
            insert.setBytes(2, wrapped);
            insert.setTimestamp(3, Timestamp.from(clock.instant()));
            insert.executeUpdate();
        }
    }

    private Aead unwrap(String subject, byte[] wrapped) {
        try {
            return TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, master, context(subject))
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the key of a person could not be opened with the master key", e);
        }
    }

    /** A wrapped keyset opens only as the key of the subject it was made for. */
    private static byte[] context(String subject) {
        return ("tandem-person-key|" + subject).getBytes(StandardCharsets.UTF_8);
    }
}
