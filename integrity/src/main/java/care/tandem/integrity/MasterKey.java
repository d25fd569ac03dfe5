package care.tandem.integrity;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * The master key that wraps every person's key: a Tink AES-256-GCM keyset in a file outside the database, made on
 * first start (owner-only) as the embedded default. A clinic points it at a secret its platform mounts; whoever holds
 * it and the database can read every sealed text, whoever loses it can read none.
 */
public final class MasterKey {

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private MasterKey() {
    }

    public static Aead in(Path file) {
        try {
            if (!Files.exists(file)) {
                KeysetHandle made = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
                KeyFiles.writeOwnerOnly(file,
                        TinkJsonProtoKeysetFormat.serializeKeyset(made, InsecureSecretKeyAccess.get()));
            }
            return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get())
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the master key could not be read or made", e);
        }
    }
}
