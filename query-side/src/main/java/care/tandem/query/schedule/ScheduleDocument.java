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
import care.tandem.query.readmodel.AttendanceFact;
import care.tandem.query.readmodel.AttendanceKind;
import care.tandem.query.readmodel.PlanDocument;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A plan's members, level of care and sessions of every kind, and where couples therapy and the plan stand.
 * {@code couplesTherapyPause} is null while not paused, {@code couplesTherapyDiscontinuation} while not discontinued,
 * {@code dischargedAt} while the plan is open.
 */
public record ScheduleDocument(
        @BsonId String id,
        long lastAppliedSequence,
        LevelOfCare levelOfCare,
        List<Member> members,
        List<Session> sessions,
        Pause couplesTherapyPause,
        Discontinuation couplesTherapyDiscontinuation,
        Instant dischargedAt) implements PlanDocument<ScheduleDocument> {

    static ScheduleDocument empty(String planId) {
        return new ScheduleDocument(planId, NOTHING_APPLIED, null, List.of(), List.of(), null, null, null);
    }

    @Override
    public ScheduleDocument withLastAppliedSequence(long sequence) {
        return new ScheduleDocument(id, sequence, levelOfCare, members, sessions, couplesTherapyPause,
                                    couplesTherapyDiscontinuation, dischargedAt);
    }

    /** The sessions that start in the period, earliest first. */
    List<Session> sessionsStartingIn(Period period) {
        return sessions.stream()
                .filter(session -> period.contains(session.startsAt()))
                .sorted(Comparator.comparing(Session::startsAt))
                .toList();
    }

    boolean hasMember(String participantId) {
        return members.stream().anyMatch(member -> member.participantId().equals(participantId));
    }

    ScheduleDocument withLevelOfCare(LevelOfCare level) {
        return new ScheduleDocument(id, lastAppliedSequence, level, members, sessions, couplesTherapyPause,
                                    couplesTherapyDiscontinuation, dischargedAt);
    }

    ScheduleDocument withMembers(List<Member> changedMembers) {
        return new ScheduleDocument(id, lastAppliedSequence, levelOfCare, changedMembers, sessions,
                                    couplesTherapyPause, couplesTherapyDiscontinuation, dischargedAt);
    }

    ScheduleDocument withMember(Member member) {
        List<Member> withMember = new ArrayList<>(members);
        withMember.add(member);
        return withMembers(withMember);
    }

    ScheduleDocument withMemberLeft(String participantId) {
        return withMembers(members.stream()
                                   .map(member -> member.participantId().equals(participantId) ? member.leaving()
                                           : member)
                                   .toList());
    }

    ScheduleDocument withSession(Session session) {
        List<Session> withSession = new ArrayList<>(sessions);
        withSession.add(session);
        return withSessions(withSession);
    }

    ScheduleDocument withSessionChanged(String sessionId, UnaryOperator<Session> change) {
        return withSessions(sessions.stream()
                                    .map(session -> session.sessionId().equals(sessionId) ? change.apply(session)
                                            : session)
                                    .toList());
    }

    private ScheduleDocument withSessions(List<Session> changedSessions) {
        return new ScheduleDocument(id, lastAppliedSequence, levelOfCare, members, changedSessions,
                                    couplesTherapyPause, couplesTherapyDiscontinuation, dischargedAt);
    }

    ScheduleDocument withCouplesTherapyPause(Pause pause) {
        return new ScheduleDocument(id, lastAppliedSequence, levelOfCare, members, sessions, pause,
                                    couplesTherapyDiscontinuation, dischargedAt);
    }

    /** Discontinuing is the other way out of a pause, besides resuming: the pause ends with it. */
    ScheduleDocument withCouplesTherapyDiscontinued(Discontinuation discontinuation) {
        return new ScheduleDocument(id, lastAppliedSequence, levelOfCare, members, sessions, null, discontinuation,
                                    dischargedAt);
    }

    ScheduleDocument withDischargedAt(Instant at) {
        return new ScheduleDocument(id, lastAppliedSequence, levelOfCare, members, sessions, couplesTherapyPause,
                                    couplesTherapyDiscontinuation, at);
    }

    /** A member of the treatment unit; one who left stays listed, since past sessions name them. */
    public record Member(String participantId, MemberRole role, boolean minor, boolean left) {

        Member leaving() {
            return new Member(participantId, role, minor, true);
        }
    }

    /**
     * A session of any kind. {@code makeupFor} names the joint session a makeup session makes up for,
     * {@code convertedFrom} the joint session a pause turned into this individual one. {@code cancellationReason} is set
     * only when CANCELLED, {@code attendance} only when HELD.
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

        boolean includes(String participantId) {
            return participants.contains(participantId);
        }

        /** What stands for the participant once held: their latest correction, else what was recorded; else null. */
        public AttendanceFact attendanceOf(String participantId) {
            return attendance == null ? null : attendance.standingFor(participantId);
        }

        public boolean isAttendanceCorrectedFor(String participantId) {
            return attendance != null && attendance.isCorrectedFor(participantId);
        }

        Session rescheduled(Instant newStart, int newDurationMinutes) {
            return new Session(sessionId, kind, newStart, newDurationMinutes, clinician, participants, locationMode,
                               makeupFor, convertedFrom, SessionStatus.RESCHEDULED, null, null);
        }

        Session cancelled(CancellationReason reason) {
            return new Session(sessionId, kind, startsAt, durationMinutes, clinician, participants, locationMode,
                               makeupFor, convertedFrom, SessionStatus.CANCELLED, reason, null);
        }

        Session held(Attendance heldAttendance) {
            return new Session(sessionId, kind, startsAt, durationMinutes, clinician, participants, locationMode,
                               makeupFor, convertedFrom, SessionStatus.HELD, null, heldAttendance);
        }

        /** A correction shows even where no attendance was recorded before it: it is a fact of the plan all the same. */
        Session corrected(AttendanceFact correction) {
            Attendance base = attendance == null ? new Attendance(null, List.of(), List.of()) : attendance;
            return held(base.corrected(correction));
        }
    }

    /**
     * {@code recorded} is each participant's attendance as {@code kind} recorded it and never changes;
     * {@code corrected} holds, beside it, the latest correction of each participant corrected since, the most recently
     * corrected last. Where a participant has a correction, it is what stands; the audit keeps every correction.
     */
    public record Attendance(AttendanceKind kind, List<AttendanceFact> recorded, List<AttendanceFact> corrected) {

        static Attendance recorded(AttendanceKind kind, List<AttendanceFact> recorded) {
            return new Attendance(kind, recorded, List.of());
        }

        AttendanceFact standingFor(String participantId) {
            return Stream.concat(corrected.stream(), recorded.stream())
                    .filter(fact -> fact.participantId().equals(participantId))
                    .findFirst()
                    .orElse(null);
        }

        boolean isCorrectedFor(String participantId) {
            return corrected.stream().anyMatch(fact -> fact.participantId().equals(participantId));
        }

        Attendance corrected(AttendanceFact correction) {
            List<AttendanceFact> withCorrection = new ArrayList<>(corrected);
            withCorrection.removeIf(earlier -> earlier.participantId().equals(correction.participantId()));
            withCorrection.add(correction);
            return new Attendance(kind, recorded, withCorrection);
        }
    }

    /** {@code reviewDue} turns true once the review date of this pause has come. */
    public record Pause(PauseReason reason, LocalDate reviewOn, JointSessionHandling jointSessionHandling,
                        boolean reviewDue) {

        Pause dueForReview() {
            return new Pause(reason, reviewOn, jointSessionHandling, true);
        }
    }

    public record Discontinuation(DiscontinuationReason reason, Instant discontinuedAt) {
    }
}
