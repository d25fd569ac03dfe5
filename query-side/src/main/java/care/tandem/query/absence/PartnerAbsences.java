package care.tandem.query.absence;

import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AttendanceStatus;
import care.tandem.query.absence.AbsentPartnerSummaryDocument.FollowUpStep;
import care.tandem.query.absence.AbsentPartnerSummaryDocument.JointSession;
import care.tandem.query.absence.AbsentPartnerSummaryDocument.ParticipationConcern;
import care.tandem.query.readmodel.AttendanceFact;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One partner's absences from joint (couples) sessions, computed from the facts of the summary document as they
 * stand after corrections. A partner missed a joint session when their attendance is ABSENT or NO_SHOW (a solo
 * attendance records the other partner ABSENT); ATTENDED, LATE and LEFT_EARLY attended it. Sessions without the
 * partner's attendance on record do not count either way.
 */
final class PartnerAbsences {

    private final String participantId;
    private final AbsentPartnerSummaryDocument summary;
    /** Earliest first, so that a run of misses and the last session attended follow the calendar. */
    private final List<JointSession> recorded;

    PartnerAbsences(AbsentPartnerSummaryDocument summary, String participantId) {
        this.participantId = participantId;
        this.summary = summary;
        this.recorded = summary.jointSessions().stream()
                .filter(session -> session.attendanceOf(participantId).isPresent())
                .sorted(JointSession.BY_START)
                .toList();
    }

    List<JointSession> missed() {
        return recorded.stream().filter(this::missed).toList();
    }

    /** The misses since the last joint session attended (all of them if none was). */
    int consecutiveMisses() {
        int misses = 0;
        for (int i = recorded.size() - 1; i >= 0 && missed(recorded.get(i)); i--) {
            misses++;
        }
        return misses;
    }

    Optional<JointSession> lastAttended() {
        return recorded.stream().filter(session -> !missed(session)).reduce((earlier, later) -> later);
    }

    /** Reasons of the ABSENT misses; a no-show gives none and is counted by {@link #noShows()}. */
    Map<AbsenceReason, Integer> absenceReasons() {
        Map<AbsenceReason, Integer> reasons = new EnumMap<>(AbsenceReason.class);
        missed().stream()
                .map(session -> attendanceAt(session).absenceReason())
                .filter(Objects::nonNull)
                .forEach(reason -> reasons.merge(reason, 1, Integer::sum));
        return reasons;
    }

    int noShows() {
        return (int) missed().stream()
                .filter(session -> attendanceAt(session).status() == AttendanceStatus.NO_SHOW)
                .count();
    }

    /** How many of the missed joint sessions saw this step, however often it was taken for one of them. */
    int missedSessionsWith(FollowUpStep step) {
        return (int) missed().stream().filter(session -> session.tookStep(participantId, step)).count();
    }

    /**
     * A missed joint session's follow-up is open until both partners were informed of the absence and the absence was
     * resolved for this partner, by a session summary offered, a makeup session attended, or a makeup session
     * declined. A makeup offered or scheduled but neither attended nor declined yet leaves it open.
     */
    List<JointSession> openFollowUps() {
        return missed().stream()
                .filter(session -> !session.partnersInformed() || !absenceResolved(session))
                .toList();
    }

    boolean absenceResolved(JointSession missed) {
        return missed.tookStep(participantId, FollowUpStep.SUMMARY_OFFERED)
                || missed.tookStep(participantId, FollowUpStep.SUMMARY_SHARED)
                || missed.tookStep(participantId, FollowUpStep.MAKEUP_ATTENDED)
                || missed.tookStep(participantId, FollowUpStep.MAKEUP_DECLINED);
    }

    /**
     * A concern stays active until the partner attends a joint session that starts after the session the concern was
     * raised about (after the concern itself, should that session be unknown). A correction that turns that attendance
     * into an absence makes the concern active again.
     */
    List<ParticipationConcern> activeConcerns() {
        return concerns().stream().filter(concern -> concern.resolvedBy().isEmpty())
                .map(ConcernOutcome::concern).toList();
    }

    /** Every concern raised about the partner, in the order raised, each with what resolved it, if anything did. */
    List<ConcernOutcome> concerns() {
        return summary.participationConcerns().stream()
                .filter(concern -> concern.participantId().equals(participantId))
                .map(concern -> new ConcernOutcome(concern, recorded.stream()
                        .filter(session -> !missed(session) && session.startsAt().isAfter(raisedAbout(concern)))
                        .findFirst()))
                .toList();
    }

    /** @param resolvedBy the first joint session the partner attended after the one the concern was raised about */
    record ConcernOutcome(ParticipationConcern concern, Optional<JointSession> resolvedBy) {
    }

    private Instant raisedAbout(ParticipationConcern concern) {
        return summary.jointSession(concern.sessionId()).map(JointSession::startsAt).orElse(concern.raisedAt());
    }

    private boolean missed(JointSession session) {
        return attendanceAt(session).missed();
    }

    private AttendanceFact attendanceAt(JointSession session) {
        return session.attendanceOf(participantId).orElseThrow();
    }
}
