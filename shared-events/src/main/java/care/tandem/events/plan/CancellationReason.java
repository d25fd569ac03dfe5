package care.tandem.events.plan;

/** Why a scheduled session will not take place. */
public enum CancellationReason {
    COUPLES_THERAPY_PAUSED,
    COUPLES_THERAPY_DISCONTINUED,
    CLINICIAN_UNAVAILABLE,
    CLIENT_REQUEST,
    MEMBER_LEFT,
    PLAN_DISCHARGED,
    OTHER
}
