package care.tandem.query.integrity;

import care.tandem.integrity.MasterKey;
import care.tandem.integrity.PersonKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Opens the personal text sealed in the feed's events with each person's key, read from the event store's
 * {@code person_keys} with the command side's master key ({@code tandem.privacy.master-key-uri}, a KMS key, or else
 * {@code tandem.privacy.master-key-file}, the file the command side made). Once a
 * person's key is destroyed their text reads "[erased]". Without the master key nothing is opened: sealed text stays
 * sealed in the read models.
 */
@Configuration(proxyBeanMethods = false)
class PersonalText {

    private static final Logger log = LoggerFactory.getLogger(PersonalText.class);

    /** Null (no bean) without the master key. */
    @Bean
    PersonKeys personKeys(EventStoreDatabase eventStore, @Value("${tandem.privacy.master-key-uri:}") String kmsKeyUri,
                          @Value("${tandem.privacy.master-key-file}") Path masterKeyFile,
                          @Value("${tandem.privacy.key-cache}") Duration keyCache) {
        if (kmsKeyUri.isBlank() && !Files.isReadable(masterKeyFile)) {
            log.warn("No master key at tandem.privacy.master-key-file: personal text on the feed stays sealed");
            return null;
        }
        return new PersonKeys(eventStore.dataSource(), MasterKey.of(kmsKeyUri, masterKeyFile), Clock.systemUTC(),
                keyCache, false);
    }
}
