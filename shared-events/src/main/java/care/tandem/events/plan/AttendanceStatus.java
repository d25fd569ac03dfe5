package care.tandem.events.plan;

/** One participant's attendance of one session. */
public enum AttendanceStatus {
    ATTENDED,
    LATE,
    LEFT_EARLY,
    ABSENT,
    NO_SHOW
}
