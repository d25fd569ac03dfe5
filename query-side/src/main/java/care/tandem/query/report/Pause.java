package care.tandem.query.report;

import care.tandem.events.plan.PauseReason;

import java.time.Duration;
import java.time.Instant;

/**
 * A pause of couples therapy: who paused it and why, from when until it was resumed, discontinued or the plan was
 * discharged ({@code endedAt} null while it lasts).
 */
public record Pause(PauseReason reason, String pausedBy, Instant pausedAt, Instant endedAt) {

    Pause endedAt(Instant at) {
        return new Pause(reason, pausedBy, pausedAt, at);
    }

    boolean ongoing() {
        return endedAt == null;
    }

    /** Whole minutes of the pause, up to {@code until} while it lasts, within [from, to); 0 if it was not in force. */
    long minutesWithin(Instant from, Instant to, Instant until) {
        Instant end = ongoing() ? until : endedAt;
        Instant overlapStart = pausedAt.isAfter(from) ? pausedAt : from;
        Instant overlapEnd = end.isBefore(to) ? end : to;
        return overlapStart.isBefore(overlapEnd) ? Duration.between(overlapStart, overlapEnd).toMinutes() : 0;
    }

    boolean inForceWithin(Instant from, Instant to, Instant until) {
        Instant end = ongoing() ? until : endedAt;
        return pausedAt.isBefore(to) && end.isAfter(from) && pausedAt.isBefore(end);
    }
}
