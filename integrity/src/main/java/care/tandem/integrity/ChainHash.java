package care.tandem.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash that chains a stream's events: SHA-256 over the previous event's hash (32 zero bytes before the first)
 * and every column of the stored event (stream, sequence, aggregate type, event id, payload type and revision,
 * timestamp, metadata, payload), each length-prefixed so no two different rows can read as the same bytes.
 */
public final class ChainHash {

    /** What the first event of a stream chains to. */
    public static final byte[] START = new byte[32];
    private static final int ABSENT = -1;

    private ChainHash() {
    }

    public static byte[] next(byte[] previous, StoredEvent event) {
        MessageDigest sha256 = sha256();
        sha256.update(previous);
        text(sha256, event.streamId());
        sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(event.sequence()).array());
        text(sha256, event.aggregateType());
        text(sha256, event.eventId());
        text(sha256, event.payloadType());
        text(sha256, event.payloadRevision());
        text(sha256, event.timestamp());
        bytes(sha256, event.metadata());
        bytes(sha256, event.payload());
        return sha256.digest();
    }

    public static String hex(byte[] hash) {
        return hash == null ? null : HexFormat.of().formatHex(hash);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static void text(MessageDigest digest, String value) {
        bytes(digest, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(MessageDigest digest, byte[] value) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(value == null ? ABSENT : value.length).array());
        if (value != null) {
            digest.update(value);
        }
    }
}
