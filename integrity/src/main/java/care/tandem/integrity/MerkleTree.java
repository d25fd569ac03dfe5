package care.tandem.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The Merkle root over every stream's head, in the manner of RFC 6962 (leaves and inner nodes hashed with different
 * prefixes, so a leaf can never pass for a node): one signature then covers every stream at once.
 */
final class MerkleTree {

    private static final byte LEAF = 0;
    private static final byte NODE = 1;

    private MerkleTree() {
    }

    /** The root over the heads in the order given (the checkpoint sorts them by stream); SHA-256("") for none. */
    static byte[] root(List<StreamHead> heads) {
        if (heads.isEmpty()) {
            return ChainHash.sha256().digest();
        }
        List<byte[]> level = new ArrayList<>(heads.size());
        heads.forEach(head -> level.add(leaf(head)));
        List<byte[]> current = level;
        while (current.size() > 1) {
            List<byte[]> parents = new ArrayList<>((current.size() + 1) / 2);
            for (int i = 0; i < current.size(); i += 2) {
                parents.add(i + 1 < current.size() ? node(current.get(i), current.get(i + 1)) : current.get(i));
            }
            current = parents;
        }
        return current.get(0);
    }

    private static byte[] leaf(StreamHead head) {
        MessageDigest sha256 = ChainHash.sha256();
        sha256.update(LEAF);
        byte[] stream = head.streamId().getBytes(StandardCharsets.UTF_8);
        sha256.update(ByteBuffer.allocate(Integer.BYTES + stream.length + Long.BYTES).putInt(stream.length)
                .put(stream).putLong(head.sequence()).array());
        sha256.update(head.hash());
        return sha256.digest();
    }

    private static byte[] node(byte[] left, byte[] right) {
        MessageDigest sha256 = ChainHash.sha256();
        sha256.update(NODE);
        sha256.update(left);
        sha256.update(right);
        return sha256.digest();
    }
}
