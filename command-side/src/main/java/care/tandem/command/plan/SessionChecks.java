package care.tandem.command.plan;

/** Shape rules every session command shares. */
final class SessionChecks {

    /** A virtual IOP day is 3-4 hours; no single session runs longer than a full day's block. */
    static final int MAX_DURATION_MINUTES = 240;

    private SessionChecks() {
    }

    static void duration(int durationMinutes) {
        if (durationMinutes < 1 || durationMinutes > MAX_DURATION_MINUTES) {
            throw new InvalidCommandException("durationMinutes",
                    "must be between 1 and " + MAX_DURATION_MINUTES + " minutes");
        }
    }
}
