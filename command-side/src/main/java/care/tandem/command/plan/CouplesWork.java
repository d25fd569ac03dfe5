package care.tandem.command.plan;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.plan.CouplesTherapyDiscontinued;
import care.tandem.events.plan.CouplesTherapyPauseReviewDue;
import care.tandem.events.plan.CouplesTherapyPaused;
import care.tandem.events.plan.CouplesTherapyResumed;
import care.tandem.events.plan.DiscontinuationReason;
import care.tandem.events.plan.JointParticipation;
import care.tandem.events.plan.JointParticipationExpectationSet;
import care.tandem.events.plan.MemberLeaveReason;
import care.tandem.events.plan.PartnerReadiness;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The couple's joint work: whether couples therapy is active, paused for safety (with its review date) or
 * discontinued, and how strongly joint sessions are expected. What a pause or an end does to the sessions ahead is
 * the plan's cascade; this decides whether the status may change.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class CouplesWork {

    enum CouplesTherapy { ACTIVE, PAUSED, DISCONTINUED }

    private PlanId planId;
    private CouplesTherapy couplesTherapy;
    private LocalDate pendingReviewOn;
    private JointParticipation jointParticipation;

    /** For a snapshot's fields to be read back into. */
    private CouplesWork() {
    }

    CouplesWork(PlanId planId) {
        this.planId = planId;
        couplesTherapy = CouplesTherapy.ACTIVE;
        jointParticipation = JointParticipation.VOLUNTARY;
    }

    /** Joint sessions are scheduled or moved only while couples therapy is active, for a couple. */
    void requireActive(Membership membership) {
        membership.requireCouple();
        switch (couplesTherapy) {
            case PAUSED -> throw new PlanRuleViolation("couples-therapy-paused",
                    "Couples therapy is paused: no joint session can be scheduled or moved until it is resumed");
            case DISCONTINUED -> throw new PlanRuleViolation("couples-therapy-discontinued",
                    "Couples therapy was discontinued in this plan");
            case ACTIVE -> {
                // joint work may go on
            }
        }
    }

    void pause(PauseCouplesTherapy command, Membership membership) {
        requireActive(membership);
        apply(new CouplesTherapyPaused(planId, command.reason(), command.reviewOn(), command.jointSessionHandling(),
                command.pausedBy(), command.pausedAt()));
    }

    /** A review deadline of a pause that has since ended, or was reviewed already, records nothing. */
    void reviewDue(PauseReview review) {
        if (couplesTherapy == CouplesTherapy.PAUSED && review.reviewOn().equals(pendingReviewOn)) {
            apply(new CouplesTherapyPauseReviewDue(planId, review.reviewOn(), review.dueAt()));
        }
    }

    void resume(ResumeCouplesTherapy command, Membership membership) {
        membership.requireCouple();
        if (couplesTherapy != CouplesTherapy.PAUSED) {
            throw new PlanRuleViolation("couples-therapy-not-paused",
                    "Couples therapy is not paused, so it cannot be resumed");
        }
        Set<ParticipantId> assessed = command.readiness().stream().map(PartnerReadiness::participantId)
                .collect(Collectors.toSet());
        if (!assessed.equals(membership.partners())) {
            throw new PlanRuleViolation("readiness-of-both-partners",
                    "Resuming records the readiness of exactly the plan's two partners");
        }
        apply(new CouplesTherapyResumed(planId, command.readiness(), command.resumedBy(), command.resumedAt()));
    }

    void discontinue(DiscontinueCouplesTherapy command, Membership membership) {
        membership.requireCouple();
        if (couplesTherapy == CouplesTherapy.DISCONTINUED) {
            throw new PlanRuleViolation("couples-therapy-discontinued", "Couples therapy is already discontinued");
        }
        apply(new CouplesTherapyDiscontinued(planId, command.reason(), command.discontinuedBy(),
                command.discontinuedAt()));
    }

    /** Without both partners there is no couple to treat: couples therapy ends with a partner's departure. */
    boolean endsWhenAPartnerLeaves() {
        return couplesTherapy != CouplesTherapy.DISCONTINUED;
    }

    void endWithDeparture(RecordMemberLeft command) {
        apply(new CouplesTherapyDiscontinued(planId, discontinuationFor(command.reason()), command.recordedBy(),
                command.leftAt()));
    }

    private static DiscontinuationReason discontinuationFor(MemberLeaveReason reason) {
        return switch (reason) {
            case SEPARATION -> DiscontinuationReason.SEPARATION;
            case SAFETY -> DiscontinuationReason.SAFETY_CONCERN;
            case WITHDREW -> DiscontinuationReason.CLIENT_REQUEST;
            case COMPLETED_PARTICIPATION, OTHER -> DiscontinuationReason.CLINICAL_DECISION;
        };
    }

    void setJointParticipation(SetJointParticipationExpectation command, Membership membership) {
        membership.requireCouple();
        apply(new JointParticipationExpectationSet(planId, command.expectation(), command.reason(), command.setBy(),
                command.setAt()));
    }

    JointParticipation jointParticipation() {
        return jointParticipation;
    }

    @EventSourcingHandler
    void on(CouplesTherapyPaused event) {
        couplesTherapy = CouplesTherapy.PAUSED;
        pendingReviewOn = event.reviewOn();
    }

    @EventSourcingHandler
    void on(CouplesTherapyPauseReviewDue event) {
        pendingReviewOn = null;
    }

    @EventSourcingHandler
    void on(CouplesTherapyResumed event) {
        couplesTherapy = CouplesTherapy.ACTIVE;
        pendingReviewOn = null;
    }

    @EventSourcingHandler
    void on(CouplesTherapyDiscontinued event) {
        couplesTherapy = CouplesTherapy.DISCONTINUED;
        pendingReviewOn = null;
    }

    @EventSourcingHandler
    void on(JointParticipationExpectationSet event) {
        jointParticipation = event.expectation();
    }
}
