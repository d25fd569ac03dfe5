package care.tandem.query.readmodel;

import care.tandem.events.id.SessionId;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.SessionScheduled;

import java.time.Instant;
import java.util.List;

import static care.tandem.query.readmodel.ParticipantIds.values;

/**
 * A session of any kind as a schedule shows it: the plan's schedule and the clinicians' calendars keep their sessions
 * this way. {@code makeupFor} names the joint session a makeup session makes up for, {@code convertedFrom} the joint
 * session a pause turned into this individual one. {@code cancellationReason} is set only when CANCELLED,
 * {@code attendance} only when HELD.
 */
public record ScheduledSession(
        String sessionId,
        SessionKind kind,
        Instant startsAt,
        int durationMinutes,
        String clinician,
        List<String> participants,
        LocationMode locationMode,
        String makeupFor,
        String convertedFrom,
        SessionStatus status,
        CancellationReason cancellationReason,
        SessionAttendance attendance,
        Integer changes) implements SessionLifecycle<ScheduledSession> {

    public static ScheduledSession of(SessionScheduled event) {
        return new ScheduledSession(event.sessionId().value(), event.kind(), event.startsAt(), event.durationMinutes(),
                                    event.clinician().value(), values(event.participants()), event.locationMode(),
                                    valueOf(event.makeupFor()), valueOf(event.convertedFrom()), SessionStatus.SCHEDULED,
                                    null, null, 0);
    }

    public boolean includes(String participantId) {
        return participants.contains(participantId);
    }

    /** What stands for the participant once held: their latest correction, else what was recorded; else null. */
    public AttendanceFact attendanceOf(String participantId) {
        return attendance == null ? null : attendance.standingFor(participantId);
    }

    public boolean isAttendanceCorrectedFor(String participantId) {
        return attendance != null && attendance.isCorrectedFor(participantId);
    }

    @Override
    public ScheduledSession rescheduled(Instant newStart, int newDurationMinutes) {
        return new ScheduledSession(sessionId, kind, newStart, newDurationMinutes, clinician, participants,
                                    locationMode, makeupFor, convertedFrom, SessionStatus.RESCHEDULED, null, null,
                                    changeCount() + 1);
    }

    @Override
    public ScheduledSession cancelled(CancellationReason reason) {
        return new ScheduledSession(sessionId, kind, startsAt, durationMinutes, clinician, participants, locationMode,
                                    makeupFor, convertedFrom, SessionStatus.CANCELLED, reason, null,
                                    changeCount() + 1);
    }

    @Override
    public ScheduledSession held(AttendanceKind attendanceKind, List<AttendanceFact> recorded) {
        return held(SessionAttendance.recorded(attendanceKind, recorded));
    }

    /** A correction shows even where no attendance was recorded before it: it is a fact of the plan all the same. */
    @Override
    public ScheduledSession corrected(AttendanceFact correction) {
        SessionAttendance base = attendance == null ? new SessionAttendance(null, List.of(), List.of()) : attendance;
        return held(base.corrected(correction));
    }

    private ScheduledSession held(SessionAttendance heldAttendance) {
        return new ScheduledSession(sessionId, kind, startsAt, durationMinutes, clinician, participants, locationMode,
                                    makeupFor, convertedFrom, SessionStatus.HELD, null, heldAttendance, changes);
    }

    /** Reschedules and cancellation so far: 0 for a session as first scheduled. */
    public int changeCount() {
        return changes == null ? 0 : changes;
    }

    private static String valueOf(SessionId sessionId) {
        return sessionId == null ? null : sessionId.value();
    }
}
