package care.tandem.command.api;

import care.tandem.events.EventMetadata;
import care.tandem.events.id.ClinicianId;

import java.time.Instant;
import java.util.Map;

/** Who asked, on which request and when: the metadata every event of this request will carry. */
record AuditContext(ClinicianId actor, String correlationId, Instant receivedAt) {

    Map<String, String> asMetadata() {
        return Map.of(
                EventMetadata.ACTOR, actor.value(),
                EventMetadata.CORRELATION_ID, correlationId,
                EventMetadata.RECORDED_AT, receivedAt.toString());
    }
}
