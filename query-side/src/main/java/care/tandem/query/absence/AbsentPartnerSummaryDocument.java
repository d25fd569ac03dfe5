package care.tandem.query.absence;

import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.ConcernTrigger;
import care.tandem.query.readmodel.AttendanceFact;
import care.tandem.query.readmodel.AttendanceKind;
import care.tandem.query.readmodel.PlanDocument;
import care.tandem.query.readmodel.SessionLifecycle;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What a plan's absent-partner summary is computed from: its partners, its joint (couples) sessions with each
 * participant's attendance as it stands after corrections and the follow-ups of each absence, and the participation
 * concerns raised. Keeping the facts rather than running counts lets a correction change the figures it affects.
 */
public record AbsentPartnerSummaryDocument(
        @BsonId String id,
        long lastAppliedSequence,
        List<Partner> partners,
        List<JointSession> jointSessions,
        List<ParticipationConcern> participationConcerns) implements PlanDocument<AbsentPartnerSummaryDocument> {

    static AbsentPartnerSummaryDocument empty(String planId) {
        return new AbsentPartnerSummaryDocument(planId, NOTHING_APPLIED, List.of(), List.of(), List.of());
    }

    @Override
    public AbsentPartnerSummaryDocument withLastAppliedSequence(long sequence) {
        return new AbsentPartnerSummaryDocument(id, sequence, partners, jointSessions, participationConcerns);
    }

    AbsentPartnerSummaryDocument withPartner(Partner partner) {
        return withPartners(appended(partners, partner));
    }

    /** A participant who is no partner of the plan leaves nothing to mark. */
    AbsentPartnerSummaryDocument withPartnerLeft(String participantId) {
        return withPartners(partners.stream()
                                    .map(partner -> partner.participantId().equals(participantId) ? partner.leaving()
                                            : partner)
                                    .toList());
    }

    AbsentPartnerSummaryDocument withPartners(List<Partner> changedPartners) {
        return new AbsentPartnerSummaryDocument(id, lastAppliedSequence, changedPartners, jointSessions,
                                                participationConcerns);
    }

    AbsentPartnerSummaryDocument withJointSession(JointSession session) {
        return withJointSessions(appended(jointSessions, session));
    }

    /**
     * Joint and solo attendance are only ever recorded for joint sessions. The plan schedules a session before
     * recording its attendance; should that ever not hold, the attendance still counts, without a start time, rather
     * than stopping the projection.
     */
    AbsentPartnerSummaryDocument withJointSessionKnown(String sessionId) {
        return jointSession(sessionId).isPresent() ? this : withJointSession(JointSession.scheduled(sessionId, null));
    }

    /** Changes nothing for a session that is no joint session of the plan. */
    AbsentPartnerSummaryDocument withJointSessionChanged(String sessionId, UnaryOperator<JointSession> change) {
        return withJointSessions(jointSessions.stream()
                                         .map(session -> session.sessionId().equals(sessionId)
                                                 ? change.apply(session) : session)
                                         .toList());
    }

    private AbsentPartnerSummaryDocument withJointSessions(List<JointSession> changedSessions) {
        return new AbsentPartnerSummaryDocument(id, lastAppliedSequence, partners, changedSessions,
                                                participationConcerns);
    }

    AbsentPartnerSummaryDocument withParticipationConcern(ParticipationConcern concern) {
        return new AbsentPartnerSummaryDocument(id, lastAppliedSequence, partners, jointSessions,
                                                appended(participationConcerns, concern));
    }

    Optional<JointSession> jointSession(String sessionId) {
        return jointSessions.stream().filter(session -> session.sessionId().equals(sessionId)).findFirst();
    }

    private static <T> List<T> appended(List<T> list, T element) {
        List<T> withElement = new ArrayList<>(list);
        withElement.add(element);
        return withElement;
    }

    /** A member with the PARTNER role; one who left stays, marked, with the figures of their time in the plan. */
    public record Partner(String participantId, String displayName, boolean left) {

        Partner leaving() {
            return new Partner(participantId, displayName, true);
        }
    }

    /**
     * A couples session: {@code startsAt} is null only for a session the plan never scheduled. {@code attendance}
     * holds each participant's attendance as it stands: a later fact about a participant, a correction above all,
     * replaces the earlier one. {@code followUps} lists what was done about each participant's absence.
     */
    public record JointSession(
            String sessionId,
            Instant startsAt,
            boolean partnersInformed,
            List<AttendanceFact> attendance,
            List<FollowUp> followUps) implements SessionLifecycle<JointSession> {

        static final Comparator<JointSession> BY_START =
                Comparator.comparing(JointSession::startsAt, Comparator.nullsFirst(Comparator.naturalOrder()));

        static JointSession scheduled(String sessionId, Instant startsAt) {
            return new JointSession(sessionId, startsAt, false, List.of(), List.of());
        }

        @Override
        public JointSession rescheduled(Instant newStart, int newDurationMinutes) {
            return new JointSession(sessionId, newStart, partnersInformed, attendance, followUps);
        }

        /** A cancelled joint session keeps its place: nobody missed it, and it is never held. */
        @Override
        public JointSession cancelled(CancellationReason reason) {
            return this;
        }

        @Override
        public JointSession held(AttendanceKind kind, List<AttendanceFact> recorded) {
            return new JointSession(sessionId, startsAt, partnersInformed,
                                    AttendanceFact.standingAfter(attendance, recorded), followUps);
        }

        /** The corrected fact replaces what it corrects, so every figure it touches is computed anew. */
        @Override
        public JointSession corrected(AttendanceFact correction) {
            return held(AttendanceKind.CORRECTION, List.of(correction));
        }

        JointSession withPartnersInformed() {
            return new JointSession(sessionId, startsAt, true, attendance, followUps);
        }

        JointSession withFollowUp(List<String> participantIds, FollowUpStep step) {
            List<FollowUp> withFollowUps = new ArrayList<>(followUps);
            participantIds.forEach(participantId -> withFollowUps.add(new FollowUp(participantId, step)));
            return new JointSession(sessionId, startsAt, partnersInformed, attendance, withFollowUps);
        }

        Optional<AttendanceFact> attendanceOf(String participantId) {
            return attendance.stream().filter(fact -> fact.participantId().equals(participantId)).findFirst();
        }

        boolean tookStep(String participantId, FollowUpStep step) {
            return followUps.contains(new FollowUp(participantId, step));
        }
    }

    public record FollowUp(String participantId, FollowUpStep step) {
    }

    /** What can be done about a partner's absence from a joint session. */
    public enum FollowUpStep {
        SUMMARY_OFFERED,
        /** The summary was disclosed to the partner, under the consent of each person it is about. */
        SUMMARY_SHARED,
        MAKEUP_OFFERED,
        MAKEUP_SCHEDULED,
        MAKEUP_ATTENDED,
        MAKEUP_DECLINED
    }

    public record ParticipationConcern(String participantId, String sessionId, ConcernTrigger trigger,
                                       Instant raisedAt) {
    }
}
