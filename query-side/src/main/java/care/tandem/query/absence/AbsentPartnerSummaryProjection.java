package care.tandem.query.absence;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.AttendanceCorrected;
import care.tandem.events.plan.AttendanceRecorded;
import care.tandem.events.plan.JointAttendanceRecorded;
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
import care.tandem.events.plan.SessionRescheduled;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.events.plan.SessionSummaryOffered;
import care.tandem.events.plan.SessionSummaryShared;
import care.tandem.events.plan.SoloAttendanceRecorded;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.query.absence.AbsentPartnerSummaryDocument.FollowUpStep;
import care.tandem.query.absence.AbsentPartnerSummaryDocument.JointSession;
import care.tandem.query.absence.AbsentPartnerSummaryDocument.ParticipationConcern;
import care.tandem.query.absence.AbsentPartnerSummaryDocument.Partner;
import care.tandem.query.absence.OpenFollowUpsDocument.PartnerOpenItems;
import care.tandem.query.readmodel.AttendanceFact;
import care.tandem.query.readmodel.PlanShares;
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
public class AbsentPartnerSummaryProjection {

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

    /**
     * A couples session is a joint session. A makeup session, of any kind, follows up the joint session it makes up
     * for, for each of its participants; only those who missed that session show it in their figures.
     */
    @EventHandler
    void on(SessionScheduled event, @SequenceNumber long sequenceNumber) {
        summaries.apply(event.planId(), sequenceNumber, summary -> {
            AbsentPartnerSummaryDocument scheduled = event.kind() == SessionKind.COUPLES
                    ? summary.withJointSession(JointSession.scheduled(event.sessionId().value(), event.startsAt()))
                    : summary;
            return event.makeupFor() == null ? scheduled : scheduled.withJointSessionChanged(
                    event.makeupFor().value(),
                    missed -> missed.withFollowUp(values(event.participants()), FollowUpStep.MAKEUP_SCHEDULED));
        });
    }

    @EventHandler
    void on(SessionRescheduled event, @SequenceNumber long sequenceNumber) {
        changeJointSession(event.planId(), sequenceNumber, event.sessionId(),
                           session -> session.rescheduled(event.startsAt()));
    }

    @EventHandler
    void on(JointAttendanceRecorded event, @SequenceNumber long sequenceNumber) {
        recordJointAttendance(event.planId(), sequenceNumber, event.sessionId(), AttendanceFact.allOf(event));
    }

    /** Attending alone still counts as attending the joint session, for the partner who came. */
    @EventHandler
    void on(SoloAttendanceRecorded event, @SequenceNumber long sequenceNumber) {
        recordJointAttendance(event.planId(), sequenceNumber, event.sessionId(), AttendanceFact.allOf(event));
    }

    /** Counts only at a couples session; attendance of other kinds is no joint attendance. */
    @EventHandler
    void on(AttendanceRecorded event, @SequenceNumber long sequenceNumber) {
        List<AttendanceFact> attendance = AttendanceFact.allOf(event);
        changeJointSession(event.planId(), sequenceNumber, event.sessionId(),
                           session -> session.withAttendance(attendance));
    }

    /** The corrected fact replaces what it corrects, so every figure it touches is computed anew. */
    @EventHandler
    void on(AttendanceCorrected event, @SequenceNumber long sequenceNumber) {
        List<AttendanceFact> corrected = List.of(AttendanceFact.of(event.corrected()));
        changeJointSession(event.planId(), sequenceNumber, event.sessionId(),
                           session -> session.withAttendance(corrected));
    }

    @EventHandler
    void on(PartnersInformedOfAbsence event, @SequenceNumber long sequenceNumber) {
        changeJointSession(event.planId(), sequenceNumber, event.sessionId(), JointSession::withPartnersInformed);
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

    @ResetHandler
    void forgetEverySummary() {
        summaries.deleteAll();
    }

    private static Optional<Partner> partner(Member member) {
        return member.role() == MemberRole.PARTNER
                ? Optional.of(new Partner(member.participantId().value(), member.displayName(), false))
                : Optional.empty();
    }

    private void recordJointAttendance(PlanId planId, long sequenceNumber, SessionId sessionId,
                                       List<AttendanceFact> attendance) {
        summaries.apply(planId, sequenceNumber, summary -> summary
                .withJointSessionKnown(sessionId.value())
                .withJointSessionChanged(sessionId.value(), session -> session.withAttendance(attendance)));
    }

    private void followUp(PlanId planId, long sequenceNumber, SessionId missedSessionId, ParticipantId absentPartner,
                          FollowUpStep step) {
        changeJointSession(planId, sequenceNumber, missedSessionId,
                           session -> session.withFollowUp(List.of(absentPartner.value()), step));
    }

    private void changeJointSession(PlanId planId, long sequenceNumber, SessionId sessionId,
                                    UnaryOperator<JointSession> change) {
        summaries.apply(planId, sequenceNumber, summary -> summary.withJointSessionChanged(sessionId.value(), change));
    }
}
