package care.tandem.query.schedule;

/** Where a joint session stands: still ahead, called off (with a reason), or held (with its attendance). */
public enum SessionStatus {
    SCHEDULED,
    CANCELLED,
    HELD
}
