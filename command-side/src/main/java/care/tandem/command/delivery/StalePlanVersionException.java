package care.tandem.command.delivery;

/**
 * The plan is no longer (or not) at the version the client named in If-Match: HTTP 412, nothing applied.
 * {@code currentVersion} is null when the plan does not exist.
 */
public class StalePlanVersionException extends RuntimeException {

    private final long expectedVersion;
    private final Long currentVersion;

    StalePlanVersionException(long expectedVersion, Long currentVersion) {
        super(currentVersion == null
                ? "The treatment plan does not exist, so it is not at version " + expectedVersion
                : "The treatment plan is at version " + currentVersion + ", not " + expectedVersion
                        + ": reload it and decide again");
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public Long currentVersion() {
        return currentVersion;
    }
}
