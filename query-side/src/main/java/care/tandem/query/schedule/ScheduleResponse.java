package care.tandem.query.schedule;

import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.PauseReason;
import care.tandem.query.readmodel.AttendanceKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** A plan's joint sessions, earliest first, and whether couples therapy is paused. */
public record ScheduleResponse(String planId, List<Session> sessions, CouplesTherapy couplesTherapy) {

    static ScheduleResponse from(ScheduleDocument schedule) {
        List<Session> sessions = schedule.sessions().stream()
                .sorted(Comparator.comparing(ScheduleDocument.Session::startsAt))
                .map(Session::from)
                .toList();
        return new ScheduleResponse(schedule.id(), sessions, CouplesTherapy.from(schedule.couplesTherapyPause()));
    }

    /** {@code cancellationReason} is present only when CANCELLED, {@code attendance} only when HELD. */
    public record Session(
            String sessionId,
            Instant startsAt,
            int durationMinutes,
            String clinician,
            List<String> expectedParticipants,
            SessionStatus status,
            CancellationReason cancellationReason,
            Attendance attendance) {

        static Session from(ScheduleDocument.Session session) {
            return new Session(session.sessionId(), session.startsAt(), session.durationMinutes(),
                               session.clinician(), session.expectedParticipants(), session.status(),
                               session.cancellationReason(), Attendance.from(session.attendance()));
        }
    }

    public record Attendance(
            AttendanceKind kind,
            List<String> attendees,
            String attendingPartner,
            String absentPartner,
            AbsenceReason absenceReason) {

        static Attendance from(ScheduleDocument.Attendance attendance) {
            return attendance == null ? null : new Attendance(attendance.kind(), attendance.attendees(),
                                                              attendance.attendingPartner(),
                                                              attendance.absentPartner(),
                                                              attendance.absenceReason());
        }
    }

    /** {@code pauseReason} and {@code reviewOn} are present only while paused. */
    public record CouplesTherapy(boolean paused, PauseReason pauseReason, LocalDate reviewOn) {

        static CouplesTherapy from(ScheduleDocument.Pause pause) {
            return pause == null ? new CouplesTherapy(false, null, null)
                    : new CouplesTherapy(true, pause.reason(), pause.reviewOn());
        }
    }
}
