package care.tandem.query.operations;

import java.time.Duration;
import java.util.Optional;

/**
 * How far a rebuild has come: of the events the feed held when it started, how many the read model has handled again,
 * and how long that took so far. The rate is the average since the start, so a slow start (the processor shutting
 * down, the consumer joining) makes the estimate cautious rather than hopeful.
 */
record RebuildProgress(long eventsHandled, long eventsToHandle, Duration elapsed) {

    RebuildProgress {
        if (eventsHandled < 0 || eventsToHandle < 0 || eventsHandled > eventsToHandle) {
            throw new IllegalArgumentException("handled events must be 0 to the events to handle");
        }
    }

    static RebuildProgress nothingYet(long eventsToHandle) {
        return new RebuildProgress(0, eventsToHandle, Duration.ZERO);
    }

    boolean isComplete() {
        return eventsHandled == eventsToHandle;
    }

    /** 0 to 100; an empty feed is rebuilt as soon as it starts. */
    double percentage() {
        return isComplete() ? 100.0 : 100.0 * eventsHandled / eventsToHandle;
    }

    double eventsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds > 0 ? eventsHandled / seconds : 0.0;
    }

    /** Empty while nothing has been handled: no rate yet to estimate from. */
    Optional<Duration> estimatedRemaining() {
        if (isComplete()) {
            return Optional.of(Duration.ZERO);
        }
        double rate = eventsPerSecond();
        if (rate == 0.0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis((long) Math.ceil((eventsToHandle - eventsHandled) / rate * 1000)));
    }
}
