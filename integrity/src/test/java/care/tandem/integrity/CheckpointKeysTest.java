package care.tandem.integrity;

import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checkpoint key: made once, kept across restarts, and a root signed with it verifies with its public half. */
class CheckpointKeysTest {

    @Test
    void aSignedRootVerifiesAndAnyChangeToWhatWasSignedDoesNot(@TempDir Path folder) throws Exception {
        Path signing = folder.resolve("keys").resolve(CheckpointKeys.SIGNING_FILE);
        PublicKeySign key = CheckpointKeys.signer(signing);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(signing))).isEqualTo("rw-------");
        PublicKeyVerify verifier = CheckpointKeys.verifier(signing.resolveSibling(CheckpointKeys.VERIFYING_FILE));
        assertThat(Files.readString(signing.resolveSibling(CheckpointKeys.VERIFYING_FILE)))
                .as("the public half only").doesNotContain("ASYMMETRIC_PRIVATE").contains("ASYMMETRIC_PUBLIC");

        List<StreamHead> heads = List.of(new StreamHead("plan-7", 3, new byte[32]),
                new StreamHead("consents/p-a", 0, new byte[32]));
        Instant at = Instant.parse("2026-03-02T00:00:00Z");
        byte[] root = MerkleTree.root(heads);
        byte[] signature = key.sign(Checkpoint.signedBytes(at, false, heads.size(), root));
        verifier.verify(signature, Checkpoint.signedBytes(at, false, heads.size(), root));

        byte[] otherRoot = MerkleTree.root(List.of(heads.get(0), new StreamHead("consents/p-a", 1, new byte[32])));
        assertThat(otherRoot).isNotEqualTo(root);
        assertThatThrownBy(() -> verifier.verify(signature, Checkpoint.signedBytes(at, false, 2, otherRoot)))
                .isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> verifier.verify(signature, Checkpoint.signedBytes(at, true, 2, root)))
                .as("a checkpoint cannot be passed off as the genesis").isInstanceOf(GeneralSecurityException.class);

        PublicKeySign again = CheckpointKeys.signer(signing);
        verifier.verify(again.sign(new byte[]{1}), new byte[]{1});
    }

    @Test
    void theRootDependsOnEveryHeadAndTheirOrder() {
        StreamHead a = new StreamHead("a", 1, new byte[32]);
        StreamHead b = new StreamHead("b", 1, new byte[32]);
        StreamHead c = new StreamHead("c", 2, new byte[32]);
        assertThat(MerkleTree.root(List.of(a, b, c))).isNotEqualTo(MerkleTree.root(List.of(b, a, c)))
                .isNotEqualTo(MerkleTree.root(List.of(a, b))).isEqualTo(MerkleTree.root(List.of(a, b, c)));
        assertThat(MerkleTree.root(List.of())).hasSize(32);
    }
}
