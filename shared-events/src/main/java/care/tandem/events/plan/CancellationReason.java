package care.tandem.events.plan;

/** Why a scheduled joint session will not take place. */
public enum CancellationReason {
    COUPLES_THERAPY_PAUSED
}
