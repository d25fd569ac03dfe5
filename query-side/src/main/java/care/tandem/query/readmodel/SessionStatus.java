package care.tandem.query.readmodel;

/**
 * Where a session stands: still ahead as first scheduled, ahead at a new time, called off (with a reason), or held
 * (with its attendance).
 */
public enum SessionStatus {
    SCHEDULED,
    RESCHEDULED,
    CANCELLED,
    HELD
}
