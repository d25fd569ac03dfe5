package care.tandem.query.schedule;

import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.SessionKind;
import care.tandem.query.api.Period;
import care.tandem.query.readmodel.AttendanceFact;
import care.tandem.query.readmodel.ScheduledSession;
import care.tandem.query.readmodel.SessionStatus;

import java.time.Instant;
import java.util.List;

/**
 * The sessions of a plan one participant is in that start in the period asked for (every one when none is), earliest
 * first, with that participant's own attendance only. Under 42 CFR Part 2 a per-person view discloses nothing of
 * another member: it names neither the other participants nor the kind of fact that recorded the attendance (a solo
 * attendance would tell of a partner's absence).
 */
public record ParticipantScheduleResponse(String planId, String participantId, List<Session> sessions) {

    static ParticipantScheduleResponse from(ScheduleDocument schedule, String participantId, Period period) {
        List<Session> sessions = schedule.sessionsStartingIn(period).stream()
                .filter(session -> session.includes(participantId))
                .map(session -> Session.of(session, participantId))
                .toList();
        return new ParticipantScheduleResponse(schedule.id(), participantId, sessions);
    }

    /**
     * {@code makeupFor} and {@code convertedFrom} are present only for a makeup session and for an individual session
     * a pause converted a joint one into; {@code cancellationReason} only when CANCELLED. {@code attendance} is the
     * participant's own, present once HELD: their latest correction where {@code attendanceCorrected}, else what was
     * recorded.
     */
    public record Session(
            String sessionId,
            SessionKind kind,
            Instant startsAt,
            int durationMinutes,
            String clinician,
            LocationMode locationMode,
            String makeupFor,
            String convertedFrom,
            SessionStatus status,
            CancellationReason cancellationReason,
            AttendanceFact attendance,
            boolean attendanceCorrected) {

        static Session of(ScheduledSession session, String participantId) {
            return new Session(session.sessionId(), session.kind(), session.startsAt(), session.durationMinutes(),
                               session.clinician(), session.locationMode(), session.makeupFor(),
                               session.convertedFrom(), session.status(), session.cancellationReason(),
                               session.attendanceOf(participantId), session.isAttendanceCorrectedFor(participantId));
        }
    }
}
