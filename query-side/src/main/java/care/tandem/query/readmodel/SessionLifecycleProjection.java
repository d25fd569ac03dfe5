package care.tandem.query.readmodel;

import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.AttendanceCorrected;
import care.tandem.events.plan.AttendanceRecorded;
import care.tandem.events.plan.JointAttendanceRecorded;
import care.tandem.events.plan.SessionCancelled;
import care.tandem.events.plan.SessionRescheduled;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.events.plan.SoloAttendanceRecorded;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The one fold of a session's life (scheduled, rescheduled, cancelled, held, corrected) for every projection that keeps
 * its plans' sessions, so that all of them agree on when a session is, whether it was called off and who attended. The
 * projection says how it stores a new session and a change; its session type says how it takes each step.
 */
public abstract class SessionLifecycleProjection<S extends SessionLifecycle<S>> {

    /** Stores the plan's new session, unless the plan's document already reflects the sequence number. */
    protected abstract void scheduleSession(SessionScheduled event, long sequenceNumber);

    /** Changes the plan's session, unless the plan's document already reflects the sequence number. */
    protected abstract void changeSession(PlanId planId, long sequenceNumber, SessionId sessionId,
                                          UnaryOperator<S> change);

    /** Records a held session's attendance; a projection that learns more from the kind of record may say so. */
    protected void recordAttendance(PlanId planId, long sequenceNumber, SessionId sessionId, AttendanceKind kind,
                                    List<AttendanceFact> recorded) {
        changeSession(planId, sequenceNumber, sessionId, session -> session.held(kind, recorded));
    }

    @EventHandler
    void on(SessionScheduled event, @SequenceNumber long sequenceNumber) {
        scheduleSession(event, sequenceNumber);
    }

    /** A reschedule moves the session in time only: the session keeps its clinician. */
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
        recordAttendance(event.planId(), sequenceNumber, event.sessionId(), AttendanceKind.JOINT,
                         AttendanceFact.allOf(event));
    }

    @EventHandler
    void on(SoloAttendanceRecorded event, @SequenceNumber long sequenceNumber) {
        recordAttendance(event.planId(), sequenceNumber, event.sessionId(), AttendanceKind.SOLO,
                         AttendanceFact.allOf(event));
    }

    @EventHandler
    void on(AttendanceRecorded event, @SequenceNumber long sequenceNumber) {
        recordAttendance(event.planId(), sequenceNumber, event.sessionId(), AttendanceKind.PER_PARTICIPANT,
                         AttendanceFact.allOf(event));
    }

    @EventHandler
    void on(AttendanceCorrected event, @SequenceNumber long sequenceNumber) {
        AttendanceFact correction = AttendanceFact.of(event.corrected());
        changeSession(event.planId(), sequenceNumber, event.sessionId(), session -> session.corrected(correction));
    }
}
