package care.tandem.integrity;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.KmsClient;
import com.google.crypto.tink.KmsClients;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The master key from a file by default, or held in a KMS that Tink has a client for. */
class MasterKeyTest {

    private static final byte[] KEYSET = "a person's wrapped keyset".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CONTEXT = "tandem-person-key|p-alex".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path data;

    @BeforeAll
    static void aKmsOfItsOwn() throws GeneralSecurityException {
        AeadConfig.register();
        KmsClients.add(new InMemoryKms());
    }

    @Test
    void withoutAKmsTheKeyIsAFileMadeOnFirstStartAndKeptAcrossRestarts() throws Exception {
        Path file = data.resolve("keys/master-key.json");
        byte[] wrapped = MasterKey.of(" ", file).encrypt(KEYSET, CONTEXT);
        assertThat(file).exists();
        assertThat(MasterKey.of(null, file).decrypt(wrapped, CONTEXT)).isEqualTo(KEYSET);
    }

    @Test
    void aKeyInTheKmsWrapsWhatOnlyThatKeyOpensAndNoFileIsMade() throws Exception {
        Path file = data.resolve("keys/master-key.json");
        Aead clinic = MasterKey.of("in-memory-kms://clinic-1", file);
        byte[] wrapped = clinic.encrypt(KEYSET, CONTEXT);

        assertThat(MasterKey.of("in-memory-kms://clinic-1", file).decrypt(wrapped, CONTEXT)).isEqualTo(KEYSET);
        assertThatThrownBy(() -> MasterKey.of("in-memory-kms://another-clinic", file).decrypt(wrapped, CONTEXT))
                .isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> clinic.decrypt(wrapped, "tandem-person-key|p-sam".getBytes(StandardCharsets.UTF_8)))
                .as("bound to its person").isInstanceOf(GeneralSecurityException.class);
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void aCloudKmsWhoseClientIsNotOnTheClassPathIsRefusedNamingWhatToAdd() {
        assertThatThrownBy(() -> MasterKey.of("aws-kms://arn:aws:kms:us-east-1:111122223333:key/k-1", data))
                .hasMessageContaining("com.google.crypto.tink:tink-awskms");
        assertThatThrownBy(() -> MasterKey.of("gcp-kms://projects/p/locations/l/keyRings/r/cryptoKeys/k", data))
                .hasMessageContaining("com.google.crypto.tink:tink-gcpkms");
        assertThatThrownBy(() -> MasterKey.of("vault://transit/keys/tandem", data))
                .hasMessageContaining("aws-kms://, gcp-kms://");
    }

    /** A KMS for the test: a key per URI that never leaves it, as a cloud KMS keeps its keys. */
    private static final class InMemoryKms implements KmsClient {

        private final Map<String, Aead> keys = new ConcurrentHashMap<>();

        @Override
        public boolean doesSupport(String keyUri) {
            return keyUri.startsWith("in-memory-kms://");
        }

        @Override
        public KmsClient withCredentials(String credentialPath) {
            return this;
        }

        @Override
        public KmsClient withDefaultCredentials() {
            return this;
        }

        @Override
        public Aead getAead(String keyUri) {
            return keys.computeIfAbsent(keyUri, uri -> {
                try {
                    return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM)
                            .getPrimitive(RegistryConfiguration.get(), Aead.class);
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }
}
