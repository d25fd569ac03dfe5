package care.tandem.query.readmodel;

import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.SessionScheduled;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static care.tandem.query.readmodel.ParticipantIds.values;

/**
 * A session as the figures of a week need it: when it is (after any rescheduling), who runs it, who is expected, and
 * each participant's attendance as it stands (a correction replaces the participant's earlier fact). The weekly hours
 * and the program report both keep their plans' sessions this way.
 */
public record TrackedSession(
        String sessionId,
        SessionKind kind,
        String clinicianId,
        List<String> participants,
        Instant startsAt,
        int durationMinutes,
        String makeupFor,
        boolean cancelled,
        List<AttendanceFact> attendance) implements SessionLifecycle<TrackedSession> {

    public static TrackedSession of(SessionScheduled event) {
        return new TrackedSession(event.sessionId().value(), event.kind(), event.clinician().value(),
                                  values(event.participants()), event.startsAt(), event.durationMinutes(),
                                  event.makeupFor() == null ? null : event.makeupFor().value(), false, List.of());
    }

    /** The sessions with the one of the given id changed; a session never scheduled changes nothing. */
    public static List<TrackedSession> changed(List<TrackedSession> sessions, String sessionId,
                                               UnaryOperator<TrackedSession> change) {
        return sessions.stream()
                .map(session -> session.sessionId().equals(sessionId) ? change.apply(session) : session)
                .toList();
    }

    @Override
    public TrackedSession rescheduled(Instant newStart, int newDurationMinutes) {
        return new TrackedSession(sessionId, kind, clinicianId, participants, newStart, newDurationMinutes, makeupFor,
                                  cancelled, attendance);
    }

    @Override
    public TrackedSession cancelled(CancellationReason reason) {
        return new TrackedSession(sessionId, kind, clinicianId, participants, startsAt, durationMinutes, makeupFor,
                                  true, attendance);
    }

    @Override
    public TrackedSession held(AttendanceKind kind, List<AttendanceFact> recorded) {
        return withAttendance(recorded);
    }

    @Override
    public TrackedSession corrected(AttendanceFact correction) {
        return withAttendance(List.of(correction));
    }

    private TrackedSession withAttendance(List<AttendanceFact> facts) {
        return new TrackedSession(sessionId, kind, clinicianId, participants, startsAt, durationMinutes, makeupFor,
                                  cancelled, AttendanceFact.standingAfter(attendance, facts));
    }

    /** Took place: its attendance is recorded (the plan refuses attendance for a cancelled session). */
    public boolean held() {
        return !attendance.isEmpty();
    }

    public Optional<AttendanceFact> attendanceOf(String participantId) {
        return attendance.stream().filter(fact -> fact.participantId().equals(participantId)).findFirst();
    }

    /** There, even late or leaving early. */
    public boolean attendedBy(String participantId) {
        return attendanceOf(participantId).filter(fact -> !fact.missed()).isPresent();
    }

    /**
     * The minutes the participant was there, by the rule the plan records them with: late arrivals and early departures
     * count the minutes present; joint and solo attendance, which record no minutes, the whole session.
     */
    public int attendedMinutesOf(String participantId) {
        return attendanceOf(participantId)
                .map(fact -> fact.status().attendedMinutes(durationMinutes, fact.minutesLate(), fact.minutesLeftEarly()))
                .orElse(0);
    }
}
