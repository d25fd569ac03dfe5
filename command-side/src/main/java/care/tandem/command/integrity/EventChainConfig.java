package care.tandem.command.integrity;

import care.tandem.integrity.CheckpointKeys;
import care.tandem.integrity.StoreVerifier;
import com.google.crypto.tink.PublicKeySign;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Tamper evidence for the event store: the storage engine chains what it appends, the checkpoint key (a file kept
 * apart from the database, {@code tandem.integrity.signing-key-file}) signs checkpoints of every stream's head, and
 * the verifier checks the store against both.
 */
@Configuration(proxyBeanMethods = false)
class EventChainConfig {

    /** Wraps whatever JDBC storage engine Axon's auto-configuration made, keeping all it was configured with. */
    @Bean
    static BeanPostProcessor chainingEventStorageEngine(ObjectProvider<ConnectionProvider> connections,
                                                        ObjectProvider<TransactionManager> transactions) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof EventStorageEngine engine && !(bean instanceof ChainingEventStorageEngine)) {
                    return new ChainingEventStorageEngine(engine, connections.getObject(), transactions.getObject());
                }
                return bean;
            }
        };
    }

    @Bean
    CheckpointKey checkpointKey(@Value("${tandem.integrity.signing-key-file}") Path signingKeyFile) {
        PublicKeySign signer = CheckpointKeys.signer(signingKeyFile);
        return new CheckpointKey(signer, CheckpointKeys.verifier(
                signingKeyFile.resolveSibling(CheckpointKeys.VERIFYING_FILE)), signingKeyFile.getParent());
    }

    @Bean
    StoreVerifier storeVerifier(DataSource dataSource, CheckpointKey key, Clock clock) {
        return new StoreVerifier(dataSource, key.verifier(), clock);
    }
}
