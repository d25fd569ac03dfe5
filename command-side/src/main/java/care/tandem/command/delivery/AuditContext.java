package care.tandem.command.delivery;

import care.tandem.command.plan.CareTeamPolicy;
import care.tandem.events.EventMetadata;
import care.tandem.events.id.ClinicianId;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Who asked (from the verified token), on which request and when: the metadata every event of this request will
 * carry. {@code reachesAllPlans} says the caller is a machine client trusted with every plan ({@code plans.write});
 * the plan reads it to decide, and it is not copied onto events; nor is {@code actorParticipant}, the participant id a
 * participant's token binds them to (null for anyone else). Also the plan version the client expects
 * ({@code If-Match}), or null when it sent none.
 */
public record AuditContext(ClinicianId actor, String actorName, String actorClient, boolean reachesAllPlans,
                    String actorParticipant, String correlationId, Instant receivedAt, Long expectedVersion) {

    Map<String, String> asMetadata() {
        Map<String, String> metadata = new HashMap<>();
        metadata.put(EventMetadata.ACTOR, actor.value());
        metadata.put(EventMetadata.ACTOR_NAME, actorName);
        if (actorClient != null) {
            metadata.put(EventMetadata.ACTOR_CLIENT, actorClient);
        }
        metadata.put(EventMetadata.CORRELATION_ID, correlationId);
        metadata.put(EventMetadata.RECORDED_AT, receivedAt.toString());
        metadata.put(CareTeamPolicy.REACHES_ALL_PLANS, Boolean.toString(reachesAllPlans));
        if (actorParticipant != null) {
            metadata.put(CareTeamPolicy.ACTING_PARTICIPANT, actorParticipant);
        }
        return metadata;
    }
}
