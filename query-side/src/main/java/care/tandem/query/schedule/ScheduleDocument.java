package care.tandem.query.schedule;

import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.PauseReason;
import care.tandem.query.readmodel.AttendanceKind;
import care.tandem.query.readmodel.PlanDocument;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A plan's joint sessions and whether couples therapy is paused. {@code couplesTherapyPause} is null while not. */
public record ScheduleDocument(
        @BsonId String id,
        long lastAppliedSequence,
        List<Session> sessions,
        Pause couplesTherapyPause) implements PlanDocument<ScheduleDocument> {

    static ScheduleDocument empty(String planId) {
        return new ScheduleDocument(planId, NOTHING_APPLIED, List.of(), null);
    }

    @Override
    public ScheduleDocument withLastAppliedSequence(long sequence) {
        return new ScheduleDocument(id, sequence, sessions, couplesTherapyPause);
    }

    ScheduleDocument withSession(Session session) {
        List<Session> withSession = new ArrayList<>(sessions);
        withSession.add(session);
        return new ScheduleDocument(id, lastAppliedSequence, withSession, couplesTherapyPause);
    }

    ScheduleDocument withSessionChanged(String sessionId, UnaryOperator<Session> change) {
        List<Session> changed = sessions.stream()
                .map(session -> session.sessionId().equals(sessionId) ? change.apply(session) : session)
                .toList();
        return new ScheduleDocument(id, lastAppliedSequence, changed, couplesTherapyPause);
    }

    ScheduleDocument withCouplesTherapyPause(Pause pause) {
        return new ScheduleDocument(id, lastAppliedSequence, sessions, pause);
    }

    /** {@code cancellationReason} is set only when CANCELLED, {@code attendance} only when HELD. */
    public record Session(
            String sessionId,
            Instant startsAt,
            int durationMinutes,
            String clinician,
            List<String> expectedParticipants,
            SessionStatus status,
            CancellationReason cancellationReason,
            Attendance attendance) {

        Session cancelled(CancellationReason reason) {
            return new Session(sessionId, startsAt, durationMinutes, clinician, expectedParticipants,
                               SessionStatus.CANCELLED, reason, null);
        }

        Session held(Attendance attendance) {
            return new Session(sessionId, startsAt, durationMinutes, clinician, expectedParticipants,
                               SessionStatus.HELD, null, attendance);
        }
    }

    /** JOINT names the attendees; SOLO names the attending and the absent partner and why the latter was absent. */
    public record Attendance(
            AttendanceKind kind,
            List<String> attendees,
            String attendingPartner,
            String absentPartner,
            AbsenceReason absenceReason) {
    }

    public record Pause(PauseReason reason, LocalDate reviewOn) {
    }
}
