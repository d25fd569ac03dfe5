package care.tandem.query.absence;

import care.tandem.query.readmodel.PlanDocument;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * Per partner of a plan, how often they missed joint sessions. {@code scheduledSessions} is kept only to know when an
 * attended session started.
 */
public record AbsentPartnerSummaryDocument(
        @BsonId String id,
        long lastAppliedSequence,
        List<Partner> partners,
        List<SessionSlot> scheduledSessions) implements PlanDocument<AbsentPartnerSummaryDocument> {

    static AbsentPartnerSummaryDocument empty(String planId) {
        return new AbsentPartnerSummaryDocument(planId, NOTHING_APPLIED, List.of(), List.of());
    }

    @Override
    public AbsentPartnerSummaryDocument withLastAppliedSequence(long sequence) {
        return new AbsentPartnerSummaryDocument(id, sequence, partners, scheduledSessions);
    }

    AbsentPartnerSummaryDocument withPartners(List<Partner> partners) {
        return new AbsentPartnerSummaryDocument(id, lastAppliedSequence, partners, scheduledSessions);
    }

    AbsentPartnerSummaryDocument withScheduledSession(SessionSlot session) {
        List<SessionSlot> withSession = new ArrayList<>(scheduledSessions);
        withSession.add(session);
        return new AbsentPartnerSummaryDocument(id, lastAppliedSequence, partners, withSession);
    }

    AbsentPartnerSummaryDocument withJointSessionAttended(List<String> attendees, String sessionId) {
        // The plan schedules a session before recording its attendance; should that ever not hold, the
        // attendance still counts, without a start time, rather than stopping the projection.
        SessionSlot session = scheduledSessions.stream()
                .filter(scheduled -> scheduled.sessionId().equals(sessionId))
                .findFirst()
                .orElse(new SessionSlot(sessionId, null));
        return withPartnersChanged(attendees, partner -> partner.attended(session));
    }

    AbsentPartnerSummaryDocument withJointSessionMissed(String participantId) {
        return withPartnersChanged(List.of(participantId), Partner::missed);
    }

    private AbsentPartnerSummaryDocument withPartnersChanged(List<String> participantIds,
                                                            UnaryOperator<Partner> change) {
        List<Partner> changed = partners.stream()
                .map(partner -> participantIds.contains(partner.participantId()) ? change.apply(partner) : partner)
                .toList();
        return new AbsentPartnerSummaryDocument(id, lastAppliedSequence, changed, scheduledSessions);
    }

    /**
     * Misses count in the order attendance is recorded; an attended joint session (together or alone) ends a run of
     * consecutive misses. {@code lastJointSessionAttended} is null until the partner attends one.
     */
    public record Partner(
            String participantId,
            String displayName,
            int jointSessionsMissed,
            int consecutiveJointSessionsMissed,
            SessionSlot lastJointSessionAttended) {

        static Partner withoutAttendance(String participantId, String displayName) {
            return new Partner(participantId, displayName, 0, 0, null);
        }

        Partner attended(SessionSlot session) {
            // Attendance may be recorded late: the latest session attended stays the last one.
            SessionSlot latest = lastJointSessionAttended == null ? session
                    : BinaryOperator.maxBy(SessionSlot.BY_START).apply(session, lastJointSessionAttended);
            return new Partner(participantId, displayName, jointSessionsMissed, 0, latest);
        }

        Partner missed() {
            return new Partner(participantId, displayName, jointSessionsMissed + 1,
                               consecutiveJointSessionsMissed + 1, lastJointSessionAttended);
        }
    }

    /** {@code startsAt} is null only for a session the plan never scheduled. */
    public record SessionSlot(String sessionId, Instant startsAt) {

        static final Comparator<SessionSlot> BY_START =
                Comparator.comparing(SessionSlot::startsAt, Comparator.nullsFirst(Comparator.naturalOrder()));
    }
}
