package care.tandem.events.plan;

/** One participant's attendance of one session. */
public enum AttendanceStatus {
    ATTENDED,
    LATE,
    LEFT_EARLY,
    ABSENT,
    NO_SHOW;

    /** Absent or a no-show: at a couples session, a missed joint session. Late or leaving early still counts as there. */
    public boolean missed() {
        return this == ABSENT || this == NO_SHOW;
    }

    /**
     * Minutes a participant with this status was in a session of the given length; {@code minutesLate} counts only
     * for LATE and {@code minutesLeftEarly} only for LEFT_EARLY.
     */
    public int attendedMinutes(int durationMinutes, Integer minutesLate, Integer minutesLeftEarly) {
        return switch (this) {
            case ATTENDED -> durationMinutes;
            case LATE -> durationMinutes - minutesLate;
            case LEFT_EARLY -> durationMinutes - minutesLeftEarly;
            case ABSENT, NO_SHOW -> 0;
        };
    }
}
