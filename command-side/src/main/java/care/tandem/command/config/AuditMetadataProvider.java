package care.tandem.command.config;

import care.tandem.events.EventMetadata;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * Copies who issued a command, on which request and when onto every event the command produces, and
 * names the command as the event's cause. Replaces Axon's default MessageOriginProvider so the metadata
 * keys are exactly those of {@link EventMetadata}.
 */
class AuditMetadataProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> metadata = new HashMap<>();
        for (String key : new String[]{EventMetadata.ACTOR, EventMetadata.ACTOR_NAME,
                EventMetadata.ACTOR_CLIENT, EventMetadata.CORRELATION_ID, EventMetadata.RECORDED_AT}) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                metadata.put(key, value);
            }
        }
        metadata.put(EventMetadata.CAUSATION_ID, message.getIdentifier());
        return metadata;
    }
}
