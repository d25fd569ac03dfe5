package care.tandem.integrity;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.KmsClient;
import com.google.crypto.tink.KmsClients;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Map;

/**
 * The master key that wraps every person's key. In production a key held in a KMS, named by its Tink key URI
 * ({@code aws-kms://arn:aws:kms:...}, {@code gcp-kms://projects/.../cryptoKeys/...}): it never leaves the KMS, which
 * wraps and unwraps each person's keyset (with that KMS's own access control and audit log). Otherwise a Tink
 * AES-256-GCM keyset in a file outside the database, made on first start (owner-only) as the embedded default, or a
 * secret the clinic's platform mounts. Whoever holds it and the database can read every sealed text, whoever loses it
 * can read none.
 */
public final class MasterKey {

    /** Tink's KMS clients by key URI scheme, with the artifact that brings each: no cloud SDK is bundled. */
    private static final Map<String, String[]> TINK_KMS_CLIENTS = Map.of(
            "aws-kms", new String[] {"com.google.crypto.tink.integration.awskms.AwsKmsClient", "tink-awskms"},
            "gcp-kms", new String[] {"com.google.crypto.tink.integration.gcpkms.GcpKmsClient", "tink-gcpkms"});

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private MasterKey() {
    }

    /** The key in the KMS the URI names when one is given, else the key in the file. */
    public static Aead of(String kmsKeyUri, Path file) {
        return kmsKeyUri == null || kmsKeyUri.isBlank() ? in(file) : inKms(kmsKeyUri.strip());
    }

    /**
     * The KMS key as an AEAD, through a KMS client registered with Tink ({@link KmsClients#add}) or else Tink's client
     * for the URI's scheme, found on the class path, with its default credentials (the cloud's usual chain: instance
     * role, workload identity, environment). One round trip at once, so a wrong URI, a missing permission or an
     * unreachable KMS stops the start instead of the first command that seals a name.
     */
    static Aead inKms(String keyUri) {
        KmsClient client = client(keyUri);
        try {
            Aead key = client.withDefaultCredentials().getAead(keyUri);
            byte[] probe = "tandem-master-key-probe".getBytes(StandardCharsets.UTF_8);
            key.decrypt(key.encrypt(probe, probe), probe);
            return key;
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("the master key in the KMS could not be used: " + e.getMessage(), e);
        }
    }

    private static KmsClient client(String keyUri) {
        try {
            return KmsClients.get(keyUri);
        } catch (GeneralSecurityException noneRegistered) {
            int end = keyUri.indexOf("://");
            String scheme = end < 0 ? "" : keyUri.substring(0, end);
            String[] tinkClient = TINK_KMS_CLIENTS.get(scheme);
            if (tinkClient == null) {
                throw new IllegalStateException("the master key URI names no KMS Tink has a client for: it starts "
                        + String.join("://, ", TINK_KMS_CLIENTS.keySet().stream().sorted().toList()) + "://");
            }
            try {
                return (KmsClient) Class.forName(tinkClient[0]).getConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError missing) {
                throw new IllegalStateException("a " + scheme + ":// master key needs Tink's KMS client "
                        + "com.google.crypto.tink:" + tinkClient[1] + " and its dependencies on the class path "
                        + "(README: a master key held in a KMS)", missing);
            }
        }
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
