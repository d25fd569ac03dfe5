package care.tandem.query.readmodel;

import care.tandem.events.plan.CancellationReason;

import java.time.Instant;
import java.util.List;

/**
 * How a read model's own kind of session takes each step of a session's life, so that {@link SessionLifecycleProjection}
 * folds the events once for all of them. A read model that does not care for a step returns the session unchanged.
 */
public interface SessionLifecycle<S extends SessionLifecycle<S>> {

    /** Moved in time: a new start and length. */
    S rescheduled(Instant startsAt, int durationMinutes);

    S cancelled(CancellationReason reason);

    /** Held: each participant's attendance as this kind of record gives it. */
    S held(AttendanceKind kind, List<AttendanceFact> recorded);

    /** The corrected participant's fact stands from now on; the others' stand as they were. */
    S corrected(AttendanceFact correction);
}
