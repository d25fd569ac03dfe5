package care.tandem.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Every stream's head at an instant, bound by a Merkle root the checkpoint key signed. A genesis checkpoint anchors
 * the events a store held before it was chained: their history before then is not proven, only since.
 */
public record Checkpoint(long id, Instant createdAt, boolean genesis, List<StreamHead> heads, byte[] root,
                         byte[] signature) {

    /** What the key signs: the time, whether it is the genesis, how many streams, and the root over their heads. */
    static byte[] signedBytes(Instant createdAt, boolean genesis, int streams, byte[] root) {
        byte[] prefix = "tandem-event-chain-checkpoint-v1".getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(prefix.length + Long.BYTES + Integer.BYTES + 1 + Integer.BYTES + root.length)
                .put(prefix).putLong(createdAt.getEpochSecond()).putInt(createdAt.getNano())
                .put((byte) (genesis ? 1 : 0)).putInt(streams).put(root).array();
    }

    public StreamHead headOf(String streamId) {
        return heads.stream().filter(head -> head.streamId().equals(streamId)).findFirst().orElse(null);
    }
}
