package care.tandem.query.schedule;

import care.tandem.events.id.PlanId;
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
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;

import java.util.List;
import java.util.function.UnaryOperator;

import static care.tandem.query.readmodel.ParticipantIds.values;

/**
 * Handles every event of a session's life for a projection that keeps a plan's sessions, so that every such read model
 * agrees on a session's status and attendance; the projection says only how it stores a new session and a change.
 */
public abstract class SessionLifeProjection {

    /** Stores the plan's new session, unless the plan's document already reflects the sequence number. */
    protected abstract void addSession(PlanId planId, long sequenceNumber, Session session);

    /** Changes the plan's session, unless the plan's document already reflects the sequence number. */
    protected abstract void changeSession(PlanId planId, long sequenceNumber, SessionId sessionId,
                                          UnaryOperator<Session> change);

    @EventHandler
    void on(SessionScheduled event, @SequenceNumber long sequenceNumber) {
        addSession(event.planId(), sequenceNumber, new Session(
                event.sessionId().value(), event.kind(), event.startsAt(), event.durationMinutes(),
                event.clinician().value(), values(event.participants()), event.locationMode(),
                valueOf(event.makeupFor()), valueOf(event.convertedFrom()), SessionStatus.SCHEDULED, null, null));
    }

    /** A reschedule moves the session in time only: it names who moved it, and the session keeps its clinician. */
    @EventHandler
    void on(SessionRescheduled event, @SequenceNumber long sequenceNumber) {
        changeSession(event.planId(), sequenceNumber, event.sessionId(),
                      session -> session.rescheduled(event.startsAt(), event.durationMinutes()));
    }

    @EventHandler
    void on(SessionCancelled event, @SequenceNumber long sequenceNumber) {
        changeSession(event.planId(), sequenceNumber, event.sessionId(), session -> session.cancelled(event.reason()));
    }

    @EventHandler
    void on(JointAttendanceRecorded event, @SequenceNumber long sequenceNumber) {
        held(event.planId(), sequenceNumber, event.sessionId(), AttendanceKind.JOINT, AttendanceFact.allOf(event));
    }

    @EventHandler
    void on(SoloAttendanceRecorded event, @SequenceNumber long sequenceNumber) {
        held(event.planId(), sequenceNumber, event.sessionId(), AttendanceKind.SOLO, AttendanceFact.allOf(event));
    }

    @EventHandler
    void on(AttendanceRecorded event, @SequenceNumber long sequenceNumber) {
        held(event.planId(), sequenceNumber, event.sessionId(), AttendanceKind.PER_PARTICIPANT,
             AttendanceFact.allOf(event));
    }

    @EventHandler
    void on(AttendanceCorrected event, @SequenceNumber long sequenceNumber) {
        AttendanceFact correction = AttendanceFact.of(event.corrected());
        changeSession(event.planId(), sequenceNumber, event.sessionId(), session -> session.corrected(correction));
    }

    private void held(PlanId planId, long sequenceNumber, SessionId sessionId, AttendanceKind kind,
                      List<AttendanceFact> recorded) {
        Attendance attendance = Attendance.recorded(kind, recorded);
        changeSession(planId, sequenceNumber, sessionId, session -> session.held(attendance));
    }

    private static String valueOf(SessionId sessionId) {
        return sessionId == null ? null : sessionId.value();
    }
}
