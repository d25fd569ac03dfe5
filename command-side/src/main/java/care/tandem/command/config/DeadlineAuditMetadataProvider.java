package care.tandem.command.config;

import care.tandem.events.EventMetadata;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Audit metadata for what a deadline records: no clinician acted, so the actor is the scheduler and the
 * record is made when the deadline fires; the correlation id of the request that set the deadline is kept,
 * so compliance can trace a pause's review back to the pause.
 */
class DeadlineAuditMetadataProvider implements CorrelationDataProvider {

    static final String SCHEDULER_ACTOR = "system:deadline-scheduler";

    private final Clock clock;

    DeadlineAuditMetadataProvider(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Map<String, ?> correlationDataFor(Message<?> deadline) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(EventMetadata.ACTOR, SCHEDULER_ACTOR);
        Object correlationId = deadline.getMetaData().get(EventMetadata.CORRELATION_ID);
        if (correlationId != null) {
            metadata.put(EventMetadata.CORRELATION_ID, correlationId);
        }
        metadata.put(EventMetadata.CAUSATION_ID, deadline.getIdentifier());
        metadata.put(EventMetadata.RECORDED_AT, clock.instant().toString());
        return metadata;
    }
}
