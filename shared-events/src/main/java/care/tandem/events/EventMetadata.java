package care.tandem.events;

import java.util.List;

/**
 * Metadata keys every Tandem event carries, so any consumer (read models, compliance, billing) can tell
 * who recorded a fact, on whose request and when.
 */
public final class EventMetadata {

    /** Who issued the command: the subject of the caller's verified token (a clinician or a machine client). */
    public static final String ACTOR = "actor";
    /** The actor's display name, as the identity provider named them when the command was issued. */
    public static final String ACTOR_NAME = "actorName";
    /** The OAuth2 client the actor came through (the dashboard, the demo seeder, a downstream system). */
    public static final String ACTOR_CLIENT = "actorClient";
    /** Shared by every message that one request caused, across services. */
    public static final String CORRELATION_ID = "correlationId";
    /** The identifier of the command that produced the event. */
    public static final String CAUSATION_ID = "causationId";
    /** When the command side accepted the request (ISO-8601 instant). */
    public static final String RECORDED_AT = "recordedAt";

    public static final List<String> KEYS = List.of(ACTOR, ACTOR_NAME, ACTOR_CLIENT, CORRELATION_ID, CAUSATION_ID,
            RECORDED_AT);

    private EventMetadata() {
    }
}
