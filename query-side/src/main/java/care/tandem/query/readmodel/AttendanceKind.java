package care.tandem.query.readmodel;

/** How a held joint session was attended: by every expected partner, or by one partner alone. */
public enum AttendanceKind {
    JOINT,
    SOLO
}
