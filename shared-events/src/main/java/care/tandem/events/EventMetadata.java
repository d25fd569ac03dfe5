package care.tandem.events;

import java.util.List;

/**
 * Metadata keys every Tandem event carries, so any consumer (read models, compliance, billing) can tell
 * who recorded a fact, on whose request and when.
 */
public final class EventMetadata {

    /** The clinician or system actor who issued the command. */
    public static final String ACTOR = "actor";
    /** Shared by every message that one request caused, across services. */
    public static final String CORRELATION_ID = "correlationId";
    /** The identifier of the command that produced the event. */
    public static final String CAUSATION_ID = "causationId";
    /** When the command side accepted the request (ISO-8601 instant). */
    public static final String RECORDED_AT = "recordedAt";

    public static final List<String> KEYS = List.of(ACTOR, CORRELATION_ID, CAUSATION_ID, RECORDED_AT);

    private EventMetadata() {
    }
}
