package care.tandem.query.schedule;

import care.tandem.events.plan.DiscontinuationReason;
import care.tandem.events.plan.JointSessionHandling;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.MemberRole;
import care.tandem.events.plan.PauseReason;
import care.tandem.query.api.Period;
import care.tandem.query.readmodel.PlanDocument;
import care.tandem.query.readmodel.ScheduledSession;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

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
        List<ScheduledSession> sessions,
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
    List<ScheduledSession> sessionsStartingIn(Period period) {
        return sessions.stream()
                .filter(session -> period.contains(session.startsAt()))
                .sorted(Comparator.comparing(ScheduledSession::startsAt))
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

    ScheduleDocument withSession(ScheduledSession session) {
        List<ScheduledSession> withSession = new ArrayList<>(sessions);
        withSession.add(session);
        return withSessions(withSession);
    }

    ScheduleDocument withSessionChanged(String sessionId, UnaryOperator<ScheduledSession> change) {
        return withSessions(sessions.stream()
                                    .map(session -> session.sessionId().equals(sessionId) ? change.apply(session)
                                            : session)
                                    .toList());
    }

    private ScheduleDocument withSessions(List<ScheduledSession> changedSessions) {
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
