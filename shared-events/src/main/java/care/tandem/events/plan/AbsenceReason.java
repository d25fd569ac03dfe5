package care.tandem.events.plan;

/** Why a partner missed a joint session. OTHER requires a free-text detail. */
public enum AbsenceReason {
    SCHEDULING_CONFLICT,
    EMOTIONAL_OVERWHELM,
    EARLY_RECOVERY_STABILIZATION,
    TEMPORARY_CONFLICT_OR_SEPARATION,
    OTHER
}
