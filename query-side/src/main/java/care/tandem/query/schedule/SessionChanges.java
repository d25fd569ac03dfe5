package care.tandem.query.schedule;

import care.tandem.events.id.SessionId;
import care.tandem.events.plan.AttendanceCorrected;
import care.tandem.events.plan.AttendanceRecorded;
import care.tandem.events.plan.JointAttendanceRecorded;
import care.tandem.events.plan.SessionCancelled;
import care.tandem.events.plan.SessionRescheduled;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.events.plan.SoloAttendanceRecorded;
import care.tandem.query.readmodel.AttendanceFact;
import care.tandem.query.readmodel.AttendanceKind;
import care.tandem.query.schedule.ScheduleDocument.Attendance;
import care.tandem.query.schedule.ScheduleDocument.Session;

import java.util.List;
import java.util.function.UnaryOperator;

import static care.tandem.query.readmodel.ParticipantIds.values;

/**
 * What each event of a session's life does to it, for every read model that keeps sessions: they must agree on a
 * session's status and attendance.
 */
public final class SessionChanges {

    private SessionChanges() {
    }

    public static Session scheduled(SessionScheduled event) {
        return new Session(event.sessionId().value(), event.kind(), event.startsAt(), event.durationMinutes(),
                           event.clinician().value(), values(event.participants()), event.locationMode(),
                           valueOf(event.makeupFor()), valueOf(event.convertedFrom()), SessionStatus.SCHEDULED, null,
                           null);
    }

    /** A reschedule moves the session in time only: its clinician stays the one it was scheduled with. */
    public static UnaryOperator<Session> of(SessionRescheduled event) {
        return session -> session.rescheduled(event.startsAt(), event.durationMinutes());
    }

    public static UnaryOperator<Session> of(SessionCancelled event) {
        return session -> session.cancelled(event.reason());
    }

    public static UnaryOperator<Session> of(JointAttendanceRecorded event) {
        return held(AttendanceKind.JOINT, AttendanceFact.allOf(event));
    }

    public static UnaryOperator<Session> of(SoloAttendanceRecorded event) {
        return held(AttendanceKind.SOLO, AttendanceFact.allOf(event));
    }

    public static UnaryOperator<Session> of(AttendanceRecorded event) {
        return held(AttendanceKind.PER_PARTICIPANT, AttendanceFact.allOf(event));
    }

    public static UnaryOperator<Session> of(AttendanceCorrected event) {
        AttendanceFact correction = AttendanceFact.of(event.corrected());
        return session -> session.corrected(correction);
    }

    private static UnaryOperator<Session> held(AttendanceKind kind, List<AttendanceFact> recorded) {
        Attendance attendance = Attendance.recorded(kind, recorded);
        return session -> session.held(attendance);
    }

    private static String valueOf(SessionId sessionId) {
        return sessionId == null ? null : sessionId.value();
    }
}
