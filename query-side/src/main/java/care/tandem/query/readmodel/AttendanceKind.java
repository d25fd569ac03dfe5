package care.tandem.query.readmodel;

/**
 * Which fact recorded a session's attendance: JOINT (every expected partner of a couples session came), SOLO (one
 * partner of a couples session came alone), PER_PARTICIPANT (each participant's status, for a session of any kind), or
 * CORRECTION (one participant's corrected status, kept beside what it corrects; only the audit lists it on its own).
 */
public enum AttendanceKind {
    JOINT,
    SOLO,
    PER_PARTICIPANT,
    CORRECTION
}
