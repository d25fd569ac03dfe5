package care.tandem.query.schedule;

import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.DiscontinuationReason;
import care.tandem.events.plan.JointSessionHandling;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.MemberRole;
import care.tandem.events.plan.PauseReason;
import care.tandem.events.plan.SessionKind;
import care.tandem.query.api.Period;
import care.tandem.query.config.LevelOfCareMinimums;
import care.tandem.query.readmodel.AttendanceFact;
import care.tandem.query.readmodel.AttendanceKind;
import care.tandem.query.readmodel.ScheduledSession;
import care.tandem.query.readmodel.SessionAttendance;
import care.tandem.query.readmodel.SessionStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan's sessions of every kind that start in the period asked for (every session when none is), earliest first, its
 * members and level of care (with the weekly hours that
 * level requires, from configuration), whether couples therapy is paused
 * or discontinued, and whether the plan is discharged (closed to every later command).
 */
public record ScheduleResponse(
        String planId,
        LevelOfCare levelOfCare,
        Integer weeklyMinimumHours,
        List<Member> members,
        List<Session> sessions,
        CouplesTherapy couplesTherapy,
        boolean discharged,
        Instant dischargedAt) {

    static ScheduleResponse from(ScheduleDocument schedule, LevelOfCareMinimums minimums, Period period) {
        List<Session> sessions = schedule.sessionsStartingIn(period).stream().map(Session::from).toList();
        return new ScheduleResponse(schedule.id(), schedule.levelOfCare(),
                                    schedule.levelOfCare() == null ? null
                                            : minimums.weeklyMinimumHours(schedule.levelOfCare()),
                                    schedule.members().stream().map(Member::from).toList(), sessions,
                                    CouplesTherapy.from(schedule), schedule.dischargedAt() != null,
                                    schedule.dischargedAt());
    }

    /** No display names: the schedule names people by id only. */
    public record Member(String participantId, MemberRole role, boolean minor, boolean left) {

        static Member from(ScheduleDocument.Member member) {
            return new Member(member.participantId(), member.role(), member.minor(), member.left());
        }
    }

    /**
     * {@code makeupFor} and {@code convertedFrom} are present only for a makeup session and for an individual session
     * a pause converted a joint one into; {@code cancellationReason} only when CANCELLED, {@code attendance} only when
     * HELD.
     */
    public record Session(
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
            Attendance attendance) {

        static Session from(ScheduledSession session) {
            return new Session(session.sessionId(), session.kind(), session.startsAt(), session.durationMinutes(),
                               session.clinician(), session.participants(), session.locationMode(),
                               session.makeupFor(), session.convertedFrom(), session.status(),
                               session.cancellationReason(), Attendance.from(session.attendance()));
        }
    }

    /**
     * Each participant's attendance as recorded ({@code kind} names the fact that recorded it), and beside it the
     * latest correction of each participant corrected since, which is what stands for them.
     */
    public record Attendance(AttendanceKind kind, List<AttendanceFact> recorded, List<AttendanceFact> corrected) {

        static Attendance from(SessionAttendance attendance) {
            return attendance == null ? null
                    : new Attendance(attendance.kind(), attendance.recorded(), attendance.corrected());
        }
    }

    /**
     * {@code pauseReason}, {@code reviewOn} and {@code jointSessionHandling} are present only while paused;
     * {@code pauseReviewDue} turns true once the review date of the pause in force has come.
     * {@code discontinuationReason} is present only once discontinued.
     */
    public record CouplesTherapy(
            boolean paused,
            PauseReason pauseReason,
            LocalDate reviewOn,
            JointSessionHandling jointSessionHandling,
            boolean pauseReviewDue,
            boolean discontinued,
            DiscontinuationReason discontinuationReason) {

        static CouplesTherapy from(ScheduleDocument schedule) {
            ScheduleDocument.Pause pause = schedule.couplesTherapyPause();
            ScheduleDocument.Discontinuation discontinuation = schedule.couplesTherapyDiscontinuation();
            return new CouplesTherapy(pause != null, pause == null ? null : pause.reason(),
                                      pause == null ? null : pause.reviewOn(),
                                      pause == null ? null : pause.jointSessionHandling(),
                                      pause != null && pause.reviewDue(),
                                      discontinuation != null,
                                      discontinuation == null ? null : discontinuation.reason());
        }
    }
}
