package care.tandem.infra.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.UUID;

/**
 * The issuer's RSA signing key, kept in the data directory so that tokens issued before a restart still verify
 * after it. Generated on first start.
 */
final class SigningKey {

    static final String FILE_NAME = "signing-key.jwk.json";

    private SigningKey() {
    }

    static RSAKey loadOrCreate(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return RSAKey.parse(String.join("\n", PrivateFiles.readLines(file)));
            }
            RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString())
                    .generate();
            PrivateFiles.write(file, key.toJSONString());
            return key;
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("The issuer's signing key in " + file + " is unreadable: move it away "
                    + "to start with a new key (tokens issued with the old one stop verifying)", e);
        }
    }
}
