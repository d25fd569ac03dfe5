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
 * Handles every event of a session's life for a projection that keeps its plans' sessions as {@link TrackedSession}s,
 * so that the figures built on them (weekly hours, the program report) agree on when a session is, whether it was
 * cancelled and who attended; the projection says only how it stores a new session and a change.
 */
public abstract class TrackedSessionProjection {

    /** Stores the plan's new session, unless the plan's document already reflects the sequence number. */
    protected abstract void addSession(PlanId planId, long sequenceNumber, TrackedSession session);

    /** Changes the plan's session, unless the plan's document already reflects the sequence number. */
    protected abstract void changeSession(PlanId planId, long sequenceNumber, SessionId sessionId,
                                          UnaryOperator<TrackedSession> change);

    @EventHandler
    void on(SessionScheduled event, @SequenceNumber long sequenceNumber) {
        addSession(event.planId(), sequenceNumber, TrackedSession.of(event));
    }

    @EventHandler
    void on(SessionRescheduled event, @SequenceNumber long sequenceNumber) {
        changeSession(event.planId(), sequenceNumber, event.sessionId(),
                      session -> session.rescheduled(event.startsAt(), event.durationMinutes()));
    }

    @EventHandler
    void on(SessionCancelled event, @SequenceNumber long sequenceNumber) {
        changeSession(event.planId(), sequenceNumber, event.sessionId(), TrackedSession::cancelledNow);
    }

    @EventHandler
    void on(JointAttendanceRecorded event, @SequenceNumber long sequenceNumber) {
        recordAttendance(event.planId(), sequenceNumber, event.sessionId(), AttendanceFact.allOf(event));
    }

    @EventHandler
    void on(SoloAttendanceRecorded event, @SequenceNumber long sequenceNumber) {
        recordAttendance(event.planId(), sequenceNumber, event.sessionId(), AttendanceFact.allOf(event));
    }

    @EventHandler
    void on(AttendanceRecorded event, @SequenceNumber long sequenceNumber) {
        recordAttendance(event.planId(), sequenceNumber, event.sessionId(), AttendanceFact.allOf(event));
    }

    /** The corrected participant's fact replaces the one recorded for them; the others' stand. */
    @EventHandler
    void on(AttendanceCorrected event, @SequenceNumber long sequenceNumber) {
        recordAttendance(event.planId(), sequenceNumber, event.sessionId(),
                         List.of(AttendanceFact.of(event.corrected())));
    }

    private void recordAttendance(PlanId planId, long sequenceNumber, SessionId sessionId, List<AttendanceFact> facts) {
        changeSession(planId, sequenceNumber, sessionId, session -> session.withAttendance(facts));
    }
}
