package care.tandem.query.absence;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.MakeupSessionAttended;
import care.tandem.events.plan.MakeupSessionDeclined;
import care.tandem.events.plan.MakeupSessionOffered;
import care.tandem.events.plan.Member;
import care.tandem.events.plan.MemberAdded;
import care.tandem.events.plan.MemberLeft;
import care.tandem.events.plan.MemberRole;
import care.tandem.events.plan.ParticipationConcernRaised;
import care.tandem.events.plan.PartnersInformedOfAbsence;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.events.plan.SessionSummaryOffered;
import care.tandem.events.plan.SessionSummaryShared;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.query.absence.AbsentPartnerSummaryDocument.FollowUpStep;
import care.tandem.query.absence.AbsentPartnerSummaryDocument.JointSession;
import care.tandem.query.absence.AbsentPartnerSummaryDocument.ParticipationConcern;
import care.tandem.query.absence.AbsentPartnerSummaryDocument.Partner;
import care.tandem.query.absence.OpenFollowUpsDocument.PartnerOpenItems;
import care.tandem.query.readmodel.AttendanceFact;
import care.tandem.query.readmodel.AttendanceKind;
import care.tandem.query.readmodel.PlanShares;
import care.tandem.query.readmodel.SessionLifecycleProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static care.tandem.query.readmodel.ParticipantIds.values;

/**
 * Keeps, per plan, its partners, the attendance and follow-ups of its joint (couples) sessions, and the participation
 * concerns raised: what {@link PartnerAbsences} computes each partner's summary from. Beside each summary it keeps the
 * plan's entry in the program-wide directory of open follow-ups and active concerns ({@link OpenFollowUps}), written
 * with the summary so that the two never disagree.
 */
@Component
@ProcessingGroup(AbsentPartnerSummaryProjection.PROCESSING_GROUP)
public class AbsentPartnerSummaryProjection extends SessionLifecycleProjection<JointSession> {

    public static final String PROCESSING_GROUP = "absent-partner-summary";

    private final PlanShares<AbsentPartnerSummaryDocument, List<PartnerOpenItems>, OpenFollowUpsDocument> summaries;

    AbsentPartnerSummaryProjection(AbsentPartnerSummaryDocuments summaries, OpenFollowUps openFollowUps) {
        this.summaries = new PlanShares<>(summaries, openFollowUps,
                                          OpenFollowUps::entryOf, OpenFollowUpsDocument::of, List.of());
    }

    /** Every plan has a summary, even one whose unit has no partners (a family without a couple). */
    @EventHandler
    void on(TreatmentPlanOpened event, @SequenceNumber long sequenceNumber) {
        List<Partner> partners = event.members().stream().flatMap(member -> partner(member).stream()).toList();
        summaries.apply(event.planId(), sequenceNumber, summary -> summary.withPartners(partners));
    }

    @EventHandler
    void on(MemberAdded event, @SequenceNumber long sequenceNumber) {
        summaries.apply(event.planId(), sequenceNumber,
                        summary -> partner(event.member()).map(summary::withPartner).orElse(summary));
    }

    @EventHandler
    void on(MemberLeft event, @SequenceNumber long sequenceNumber) {
        summaries.apply(event.planId(), sequenceNumber,
                        summary -> summary.withPartnerLeft(event.participantId().value()));
    }

    @EventHandler
    void on(PartnersInformedOfAbsence event, @SequenceNumber long sequenceNumber) {
        changeSession(event.planId(), sequenceNumber, event.sessionId(), JointSession::withPartnersInformed);
    }

    @EventHandler
    void on(SessionSummaryOffered event, @SequenceNumber long sequenceNumber) {
        followUp(event.planId(), sequenceNumber, event.sessionId(), event.absentPartner(),
                 FollowUpStep.SUMMARY_OFFERED);
    }

    @EventHandler
    void on(SessionSummaryShared event, @SequenceNumber long sequenceNumber) {
        followUp(event.planId(), sequenceNumber, event.sessionId(), event.recipient(), FollowUpStep.SUMMARY_SHARED);
    }

    @EventHandler
    void on(MakeupSessionOffered event, @SequenceNumber long sequenceNumber) {
        followUp(event.planId(), sequenceNumber, event.missedSessionId(), event.absentPartner(),
                 FollowUpStep.MAKEUP_OFFERED);
    }

    @EventHandler
    void on(MakeupSessionDeclined event, @SequenceNumber long sequenceNumber) {
        followUp(event.planId(), sequenceNumber, event.missedSessionId(), event.absentPartner(),
                 FollowUpStep.MAKEUP_DECLINED);
    }

    @EventHandler
    void on(MakeupSessionAttended event, @SequenceNumber long sequenceNumber) {
        followUp(event.planId(), sequenceNumber, event.missedSessionId(), event.absentPartner(),
                 FollowUpStep.MAKEUP_ATTENDED);
    }

    @EventHandler
    void on(ParticipationConcernRaised event, @SequenceNumber long sequenceNumber) {
        ParticipationConcern concern = new ParticipationConcern(event.participantId().value(),
                                                                event.sessionId().value(), event.trigger(),
                                                                event.raisedAt());
        summaries.apply(event.planId(), sequenceNumber, summary -> summary.withParticipationConcern(concern));
    }

    /**
     * A couples session is a joint session. A makeup session, of any kind, follows up the joint session it makes up
     * for, for each of its participants; only those who missed that session show it in their figures.
     */
    @Override
    protected void scheduleSession(SessionScheduled event, long sequenceNumber) {
        summaries.apply(event.planId(), sequenceNumber, summary -> {
            AbsentPartnerSummaryDocument scheduled = event.kind() == SessionKind.COUPLES
                    ? summary.withJointSession(JointSession.scheduled(event.sessionId().value(), event.startsAt()))
                    : summary;
            return event.makeupFor() == null ? scheduled : scheduled.withJointSessionChanged(
                    event.makeupFor().value(),
                    missed -> missed.withFollowUp(values(event.participants()), FollowUpStep.MAKEUP_SCHEDULED));
        });
    }

    /**
     * Joint and solo attendance are recorded only at a joint session, so they make it one (attending alone still
     * counts as attending it, for the partner who came); attendance of other kinds counts only at a couples session.
     */
    @Override
    protected void recordAttendance(PlanId planId, long sequenceNumber, SessionId sessionId, AttendanceKind kind,
                                    List<AttendanceFact> recorded) {
        if (kind == AttendanceKind.PER_PARTICIPANT) {
            super.recordAttendance(planId, sequenceNumber, sessionId, kind, recorded);
            return;
        }
        summaries.apply(planId, sequenceNumber, summary -> summary
                .withJointSessionKnown(sessionId.value())
                .withJointSessionChanged(sessionId.value(), session -> session.held(kind, recorded)));
    }

    @Override
    protected void changeSession(PlanId planId, long sequenceNumber, SessionId sessionId,
                                 UnaryOperator<JointSession> change) {
        summaries.apply(planId, sequenceNumber, summary -> summary.withJointSessionChanged(sessionId.value(), change));
    }

    @ResetHandler
    void forgetEverySummary() {
        summaries.deleteAll();
    }

    private static Optional<Partner> partner(Member member) {
        return member.role() == MemberRole.PARTNER
                ? Optional.of(new Partner(member.participantId().value(), member.displayName(), false))
                : Optional.empty();
    }


    private void followUp(PlanId planId, long sequenceNumber, SessionId missedSessionId, ParticipantId absentPartner,
                          FollowUpStep step) {
        changeSession(planId, sequenceNumber, missedSessionId,
                           session -> session.withFollowUp(List.of(absentPartner.value()), step));
    }

}
