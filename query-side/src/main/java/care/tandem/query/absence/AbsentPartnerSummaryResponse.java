package care.tandem.query.absence;

import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.ConcernTrigger;
import care.tandem.query.absence.AbsentPartnerSummaryDocument.FollowUpStep;
import care.tandem.query.absence.AbsentPartnerSummaryDocument.JointSession;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Per partner of a plan, the joint (couples) sessions they missed, how each absence was followed up, and the
 * participation concerns still active. Figures reflect attendance as it stands after corrections.
 */
public record AbsentPartnerSummaryResponse(String planId, List<Partner> partners) {

    static AbsentPartnerSummaryResponse from(AbsentPartnerSummaryDocument summary) {
        return new AbsentPartnerSummaryResponse(
                summary.id(), summary.partners().stream().map(partner -> Partner.from(partner, summary)).toList());
    }

    /**
     * {@code consecutiveJointSessionsMissed} counts the misses since the last joint session attended, in calendar
     * order; {@code lastJointSessionAttended} is null until the partner attends one. {@code absenceReasons} counts the
     * misses with a reason; no-shows give none and are {@code noShows}. The {@code summariesOffered},
     * {@code summariesShared} (disclosed, under the consent of each person the summary is about) and
     * {@code makeups...} figures count missed joint sessions that saw that step. An {@code openFollowUp} is a missed
     * joint session whose partners were not informed of the absence yet, or whose absence this partner was neither
     * offered a session summary for, nor attended or declined a makeup session for. {@code participationConcerns} is
     * every concern ever raised about the partner ({@code participationConcernsRaised} of them), resolved or not;
     * {@code activeParticipationConcerns} the ones still active.
     */
    public record Partner(
            String participantId,
            String displayName,
            boolean left,
            int jointSessionsMissed,
            int consecutiveJointSessionsMissed,
            AttendedSession lastJointSessionAttended,
            Map<AbsenceReason, Integer> absenceReasons,
            int noShows,
            int summariesOffered,
            int summariesShared,
            int makeupsOffered,
            int makeupsScheduled,
            int makeupsAttended,
            int makeupsDeclined,
            List<OpenFollowUp> openFollowUps,
            List<ParticipationConcern> activeParticipationConcerns,
            int participationConcernsRaised,
            List<ConcernHistory> participationConcerns) {

        static Partner from(AbsentPartnerSummaryDocument.Partner partner, AbsentPartnerSummaryDocument summary) {
            PartnerAbsences absences = new PartnerAbsences(summary, partner.participantId());
            return new Partner(
                    partner.participantId(), partner.displayName(), partner.left(), absences.missed().size(),
                    absences.consecutiveMisses(),
                    absences.lastAttended().map(session -> new AttendedSession(session.sessionId(),
                                                                                session.startsAt()))
                            .orElse(null),
                    absences.absenceReasons(), absences.noShows(),
                    absences.missedSessionsWith(FollowUpStep.SUMMARY_OFFERED),
                    absences.missedSessionsWith(FollowUpStep.SUMMARY_SHARED),
                    absences.missedSessionsWith(FollowUpStep.MAKEUP_OFFERED),
                    absences.missedSessionsWith(FollowUpStep.MAKEUP_SCHEDULED),
                    absences.missedSessionsWith(FollowUpStep.MAKEUP_ATTENDED),
                    absences.missedSessionsWith(FollowUpStep.MAKEUP_DECLINED),
                    absences.openFollowUps().stream()
                            .map(session -> OpenFollowUp.of(session, absences.absenceResolved(session)))
                            .toList(),
                    absences.activeConcerns().stream().map(ParticipationConcern::from).toList(),
                    absences.concerns().size(),
                    absences.concerns().stream().map(ConcernHistory::of).toList());
        }
    }

    public record AttendedSession(String sessionId, Instant startsAt) {
    }

    /** Says which of the two is still missing: informing the partners, or resolving the absence (or both). */
    public record OpenFollowUp(String sessionId, Instant startsAt, boolean partnersInformed,
                               boolean absenceResolved) {

        static OpenFollowUp of(JointSession missed, boolean absenceResolved) {
            return new OpenFollowUp(missed.sessionId(), missed.startsAt(), missed.partnersInformed(),
                                    absenceResolved);
        }
    }

    /**
     * A concern as it went: raised about a joint session, when and why ({@code trigger}); resolved when the partner
     * attended a later joint session ({@code resolvedBySessionId}, which started at {@code resolvedAt}), or still
     * active. A correction of that attendance into an absence makes it active again.
     */
    public record ConcernHistory(String sessionId, ConcernTrigger trigger, Instant raisedAt, boolean active,
                                 String resolvedBySessionId, Instant resolvedAt) {

        static ConcernHistory of(PartnerAbsences.ConcernOutcome outcome) {
            AbsentPartnerSummaryDocument.ParticipationConcern concern = outcome.concern();
            return new ConcernHistory(concern.sessionId(), concern.trigger(), concern.raisedAt(),
                                      outcome.resolvedBy().isEmpty(),
                                      outcome.resolvedBy().map(JointSession::sessionId).orElse(null),
                                      outcome.resolvedBy().map(JointSession::startsAt).orElse(null));
        }
    }

    public record ParticipationConcern(String sessionId, ConcernTrigger trigger, Instant raisedAt) {

        static ParticipationConcern from(AbsentPartnerSummaryDocument.ParticipationConcern concern) {
            return new ParticipationConcern(concern.sessionId(), concern.trigger(), concern.raisedAt());
        }
    }
}
