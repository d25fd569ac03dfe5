package care.tandem.query.schedule;

import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.CouplesTherapyDiscontinued;
import care.tandem.events.plan.CouplesTherapyPauseReviewDue;
import care.tandem.events.plan.CouplesTherapyPaused;
import care.tandem.events.plan.CouplesTherapyResumed;
import care.tandem.events.plan.LevelOfCareChanged;
import care.tandem.events.plan.MemberAdded;
import care.tandem.events.plan.MemberLeft;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.events.plan.TreatmentPlanDischarged;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.query.readmodel.ScheduledSession;
import care.tandem.query.readmodel.SessionLifecycleProjection;
import care.tandem.query.schedule.ScheduleDocument.Discontinuation;
import care.tandem.query.schedule.ScheduleDocument.Member;
import care.tandem.query.schedule.ScheduleDocument.Pause;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Keeps each plan's sessions of every kind with their outcome, its members and level of care, and where couples
 * therapy and the plan stand.
 */
@Component
@ProcessingGroup(ScheduleProjection.PROCESSING_GROUP)
public class ScheduleProjection extends SessionLifecycleProjection<ScheduledSession> {

    public static final String PROCESSING_GROUP = "schedule";

    private final ScheduleDocuments schedules;

    ScheduleProjection(ScheduleDocuments schedules) {
        this.schedules = schedules;
    }

    @EventHandler
    void on(TreatmentPlanOpened event, @SequenceNumber long sequenceNumber) {
        List<Member> members = event.members().stream().map(ScheduleProjection::member).toList();
        schedules.apply(event.planId(), sequenceNumber, schedule -> schedule
                .withLevelOfCare(event.levelOfCare())
                .withMembers(members));
    }

    @EventHandler
    void on(MemberAdded event, @SequenceNumber long sequenceNumber) {
        schedules.apply(event.planId(), sequenceNumber, schedule -> schedule.withMember(member(event.member())));
    }

    @EventHandler
    void on(MemberLeft event, @SequenceNumber long sequenceNumber) {
        schedules.apply(event.planId(), sequenceNumber,
                        schedule -> schedule.withMemberLeft(event.participantId().value()));
    }

    @EventHandler
    void on(LevelOfCareChanged event, @SequenceNumber long sequenceNumber) {
        schedules.apply(event.planId(), sequenceNumber, schedule -> schedule.withLevelOfCare(event.newLevel()));
    }

    @EventHandler
    void on(CouplesTherapyPaused event, @SequenceNumber long sequenceNumber) {
        Pause pause = new Pause(event.reason(), event.reviewOn(), event.jointSessionHandling(), false);
        schedules.apply(event.planId(), sequenceNumber, schedule -> schedule.withCouplesTherapyPause(pause));
    }

    /** Only the pause whose review date this is: a late reminder of an earlier pause must not mark a later one due. */
    @EventHandler
    void on(CouplesTherapyPauseReviewDue event, @SequenceNumber long sequenceNumber) {
        schedules.apply(event.planId(), sequenceNumber, schedule -> {
            Pause pause = schedule.couplesTherapyPause();
            return pause != null && pause.reviewOn().equals(event.reviewOn())
                    ? schedule.withCouplesTherapyPause(pause.dueForReview())
                    : schedule;
        });
    }

    @EventHandler
    void on(CouplesTherapyResumed event, @SequenceNumber long sequenceNumber) {
        schedules.apply(event.planId(), sequenceNumber, schedule -> schedule.withCouplesTherapyPause(null));
    }

    @EventHandler
    void on(CouplesTherapyDiscontinued event, @SequenceNumber long sequenceNumber) {
        Discontinuation discontinuation = new Discontinuation(event.reason(), event.discontinuedAt());
        schedules.apply(event.planId(), sequenceNumber,
                        schedule -> schedule.withCouplesTherapyDiscontinued(discontinuation));
    }

    @EventHandler
    void on(TreatmentPlanDischarged event, @SequenceNumber long sequenceNumber) {
        schedules.apply(event.planId(), sequenceNumber, schedule -> schedule.withDischargedAt(event.dischargedAt()));
    }

    @ResetHandler
    void forgetEverySchedule() {
        schedules.deleteAll();
    }

    @Override
    protected void scheduleSession(SessionScheduled event, long sequenceNumber) {
        schedules.apply(event.planId(), sequenceNumber, schedule -> schedule.withSession(ScheduledSession.of(event)));
    }

    @Override
    protected void changeSession(PlanId planId, long sequenceNumber, SessionId sessionId,
                                 UnaryOperator<ScheduledSession> change) {
        schedules.apply(planId, sequenceNumber, schedule -> schedule.withSessionChanged(sessionId.value(), change));
    }

    private static Member member(care.tandem.events.plan.Member member) {
        return new Member(member.participantId().value(), member.role(), member.minor(), false);
    }
}
