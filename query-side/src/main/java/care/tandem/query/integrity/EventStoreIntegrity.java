package care.tandem.query.integrity;

import care.tandem.integrity.CheckpointKeys;
import care.tandem.integrity.StoreVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
public class EventStoreIntegrity {

    private static final Logger log = LoggerFactory.getLogger(EventStoreIntegrity.class);

    private final Clock clock = Clock.systemUTC();
    private final StoreVerifier verifier;
    private final String unavailable;

    EventStoreIntegrity(EventStoreDatabase eventStore,
                        @Value("${tandem.integrity.verifying-key-file}") Path verifyingKey) {
        if (!Files.isReadable(verifyingKey)) {
            this.verifier = null;
            this.unavailable = "no checkpoint verifying key is configured (tandem.integrity.verifying-key-file)";
            log.warn("Compliance replays cannot verify the event store: {}", unavailable);
            return;
        }
        this.verifier = new StoreVerifier(eventStore.dataSource(), CheckpointKeys.verifier(verifyingKey), clock);
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
}
