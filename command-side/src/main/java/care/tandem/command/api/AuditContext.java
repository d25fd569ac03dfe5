package care.tandem.command.api;

import care.tandem.events.EventMetadata;
import care.tandem.events.id.ClinicianId;

import java.time.Instant;
import java.util.Map;

/**
 * Who asked, on which request and when: the metadata every event of this request will carry. Also the plan
 * version the client expects ({@code If-Match}), or null when it sent none; that one is not copied onto events.
 */
record AuditContext(ClinicianId actor, String correlationId, Instant receivedAt, Long expectedVersion) {

    Map<String, String> asMetadata() {
        return Map.of(
                EventMetadata.ACTOR, actor.value(),
                EventMetadata.CORRELATION_ID, correlationId,
                EventMetadata.RECORDED_AT, receivedAt.toString());
    }
}
