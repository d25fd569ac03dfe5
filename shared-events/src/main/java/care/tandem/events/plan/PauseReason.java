package care.tandem.events.plan;

/** Why a therapist paused couples therapy. */
public enum PauseReason {
    EMOTIONAL_SAFETY,
    INDIVIDUAL_STABILIZATION_NEEDED,
    ACTIVE_CONFLICT,
    SAFETY_CONCERN,
    CLIENT_REQUEST
}
