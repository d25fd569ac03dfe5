package care.tandem.command.privacy;

import care.tandem.integrity.MasterKey;
import care.tandem.integrity.PersonKeys;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Personal text in events is sealed with its person's key as it is serialized: in the event store, in snapshots and
 * on the Kafka feed. The master key that wraps every person's key is held in a KMS
 * ({@code tandem.privacy.master-key-uri}) or else a file outside the database ({@code tandem.privacy.master-key-file},
 * made on first start).
 */
@Configuration(proxyBeanMethods = false)
public class PrivacyConfig {

    /** A person's key is destroyed in the transaction that records their shredding. */
    @Autowired
    void shredInTheRecordingTransaction(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(KeyShredder.PROCESSING_GROUP);
    }

    @Bean
    public PersonKeys personKeys(DataSource dataSource, @Value("${tandem.privacy.master-key-uri:}") String kmsKeyUri,
                                 @Value("${tandem.privacy.master-key-file}") Path masterKeyFile,
                                 @Value("${tandem.privacy.key-cache}") Duration keyCache, Clock clock) {
        return new PersonKeys(dataSource, MasterKey.of(kmsKeyUri, masterKeyFile), clock, keyCache, true);
    }
}
