package care.tandem.query.schedule;

import care.tandem.events.plan.CouplesTherapyPaused;
import care.tandem.events.plan.CouplesTherapyResumed;
import care.tandem.events.plan.JointAttendanceRecorded;
import care.tandem.events.plan.JointSessionCancelled;
import care.tandem.events.plan.JointSessionScheduled;
import care.tandem.events.plan.SoloAttendanceRecorded;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.query.readmodel.AttendanceKind;
import care.tandem.query.schedule.ScheduleDocument.Attendance;
import care.tandem.query.schedule.ScheduleDocument.Pause;
import care.tandem.query.schedule.ScheduleDocument.Session;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.function.UnaryOperator;

import static care.tandem.query.readmodel.ParticipantIds.values;

/** Keeps each plan's joint sessions, their outcome, and whether couples therapy is paused. */
@Component
@ProcessingGroup(ScheduleProjection.PROCESSING_GROUP)
public class ScheduleProjection {

    public static final String PROCESSING_GROUP = "schedule";

    private final ScheduleDocuments schedules;

    ScheduleProjection(ScheduleDocuments schedules) {
        this.schedules = schedules;
    }

    /** An opened plan has an empty schedule rather than none. */
    @EventHandler
    void on(TreatmentPlanOpened event, @SequenceNumber long sequenceNumber) {
        schedules.apply(event.planId(), sequenceNumber, UnaryOperator.identity());
    }

    @EventHandler
    void on(JointSessionScheduled event, @SequenceNumber long sequenceNumber) {
        Session session = new Session(event.sessionId().value(), event.startsAt(), event.durationMinutes(),
                                      event.clinician().value(), values(event.expectedParticipants()),
                                      SessionStatus.SCHEDULED, null, null);
        schedules.apply(event.planId(), sequenceNumber, schedule -> schedule.withSession(session));
    }

    @EventHandler
    void on(JointSessionCancelled event, @SequenceNumber long sequenceNumber) {
        schedules.apply(event.planId(), sequenceNumber, schedule -> schedule.withSessionChanged(
                event.sessionId().value(), session -> session.cancelled(event.reason())));
    }

    @EventHandler
    void on(JointAttendanceRecorded event, @SequenceNumber long sequenceNumber) {
        Attendance joint = new Attendance(AttendanceKind.JOINT, values(event.attendees()), null, null, null);
        schedules.apply(event.planId(), sequenceNumber, schedule -> schedule.withSessionChanged(
                event.sessionId().value(), session -> session.held(joint)));
    }

    @EventHandler
    void on(SoloAttendanceRecorded event, @SequenceNumber long sequenceNumber) {
        Attendance solo = new Attendance(AttendanceKind.SOLO, null, event.attendingPartner().value(),
                                         event.absentPartner().value(), event.absenceReason());
        schedules.apply(event.planId(), sequenceNumber, schedule -> schedule.withSessionChanged(
                event.sessionId().value(), session -> session.held(solo)));
    }

    @EventHandler
    void on(CouplesTherapyPaused event, @SequenceNumber long sequenceNumber) {
        Pause pause = new Pause(event.reason(), event.reviewOn());
        schedules.apply(event.planId(), sequenceNumber, schedule -> schedule.withCouplesTherapyPause(pause));
    }

    @EventHandler
    void on(CouplesTherapyResumed event, @SequenceNumber long sequenceNumber) {
        schedules.apply(event.planId(), sequenceNumber, schedule -> schedule.withCouplesTherapyPause(null));
    }

    @ResetHandler
    void forgetEverySchedule() {
        schedules.deleteAll();
    }
}
