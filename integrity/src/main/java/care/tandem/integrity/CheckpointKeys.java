package care.tandem.integrity;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.signature.PredefinedSignatureParameters;
import com.google.crypto.tink.signature.SignatureConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * The checkpoints' Ed25519 keys as Tink keysets in JSON files, kept apart from the database: whoever can rewrite
 * the event store cannot sign a checkpoint to match. The signing keyset is the command side's secret (owner-only
 * file); its public keyset, written beside it, is all a verifier needs.
 */
public final class CheckpointKeys {

    public static final String SIGNING_FILE = "checkpoint-signing-key.json";
    public static final String VERIFYING_FILE = "checkpoint-verifying-key.json";

    static {
        try {
            SignatureConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private CheckpointKeys() {
    }

    /**
     * The signing keyset in {@code file}; made there (with its public keyset beside it, {@value #VERIFYING_FILE})
     * if there is none yet: the embedded default, which survives a restart.
     */
    public static PublicKeySign signer(Path file) {
        try {
            if (!Files.exists(file)) {
                KeysetHandle made = KeysetHandle.generateNew(PredefinedSignatureParameters.ED25519);
                KeyFiles.writeOwnerOnly(file,
                        TinkJsonProtoKeysetFormat.serializeKeyset(made, InsecureSecretKeyAccess.get()));
            }
            KeysetHandle keyset = TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file),
                    InsecureSecretKeyAccess.get());
            Path verifying = file.resolveSibling(VERIFYING_FILE);
            if (!Files.exists(verifying)) {
                Files.writeString(verifying,
                        TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(keyset.getPublicKeysetHandle()));
            }
            return keyset.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the checkpoint signing key could not be read or made", e);
        }
    }

    /** The public keyset in {@code file} ({@value #VERIFYING_FILE}). */
    public static PublicKeyVerify verifier(Path file) {
        try {
            return TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(Files.readString(file))
                    .getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the checkpoint verifying key could not be read", e);
        }
    }
}
