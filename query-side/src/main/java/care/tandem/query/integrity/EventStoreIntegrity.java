package care.tandem.query.integrity;

import care.tandem.integrity.CheckpointKeys;
import care.tandem.integrity.StoreVerifier;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Verifies a plan's stream in the event store for the compliance replay, read only, with the checkpoints' public key.
 * Without the key, or when the store cannot be read, the replay says so instead of claiming anything.
 */
@Component
public class EventStoreIntegrity implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EventStoreIntegrity.class);

    private final Clock clock = Clock.systemUTC();
    private final HikariDataSource store;
    private final StoreVerifier verifier;
    private final String unavailable;

    EventStoreIntegrity(@Value("${tandem.integrity.event-store-url}") String url,
                        @Value("${tandem.integrity.event-store-username}") String username,
                        @Value("${tandem.integrity.event-store-password}") String password,
                        @Value("${tandem.integrity.verifying-key-file}") Path verifyingKey) {
        if (!Files.isReadable(verifyingKey)) {
            this.store = null;
            this.verifier = null;
            this.unavailable = "no checkpoint verifying key is configured (tandem.integrity.verifying-key-file)";
            log.warn("Compliance replays cannot verify the event store: {}", unavailable);
            return;
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(username);
        config.setPassword(password);
        config.setMaximumPoolSize(2);
        config.setReadOnly(true);
        config.setInitializationFailTimeout(-1);
        config.setPoolName("event-store-integrity");
        this.store = new HikariDataSource(config);
        this.verifier = new StoreVerifier(store, CheckpointKeys.verifier(verifyingKey), clock);
        this.unavailable = null;
    }

    /** The plan's stream, verified now. */
    public RecordIntegrity ofPlan(String planId) {
        if (verifier == null) {
            return RecordIntegrity.unavailable(clock.instant(), unavailable);
        }
        try {
            return RecordIntegrity.of(verifier.verifyStream(planId));
        } catch (IllegalStateException e) {
            log.warn("The event store could not be read to verify a replay ({})", e.getClass().getSimpleName());
            return RecordIntegrity.unavailable(clock.instant(), "the event store could not be read");
        }
    }

    @Override
    public void destroy() {
        if (store != null) {
            store.close();
        }
    }
}
