package care.tandem.query.hours;

import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.LevelOfCareChanged;
import care.tandem.events.plan.Member;
import care.tandem.events.plan.MemberAdded;
import care.tandem.events.plan.MemberLeft;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.events.plan.TreatmentPlanDischarged;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.query.config.ClinicTime;
import care.tandem.query.hours.EnrolmentDocument.Enrolment;
import care.tandem.query.readmodel.PlanShares;
import care.tandem.query.readmodel.SessionLifecycleProjection;
import care.tandem.query.readmodel.TrackedSession;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Keeps who each plan enrols and when (the directory of enrolments), each plan's sessions, and from them each plan's
 * share of each week's hours. Minimums are configuration, so whether someone is under theirs is worked out when asked
 * (see {@link WeeklyHours}).
 */
@Component
@ProcessingGroup(WeeklyHoursProjection.PROCESSING_GROUP)
public class WeeklyHoursProjection extends SessionLifecycleProjection<TrackedSession> {

    public static final String PROCESSING_GROUP = "weekly-hours";

    private final Enrolments enrolments;
    private final PlanShares<HoursPlanDocument, List<ParticipantMinutes>, WeekHoursDocument> sessions;

    WeeklyHoursProjection(Enrolments enrolments, HoursPlans plans, WeekHours weekHours, ClinicTime clinicTime) {
        this.enrolments = enrolments;
        this.sessions = new PlanShares<>(plans, weekHours,
                                         plan -> plan.weekShares(clinicTime), WeekHoursDocument::of, List.of());
    }

    @EventHandler
    void on(TreatmentPlanOpened event, @SequenceNumber long sequenceNumber) {
        List<Enrolment> founders = event.members().stream()
                .map(member -> enrolment(member, event.openedAt()))
                .toList();
        enrolments.apply(event.planId(), sequenceNumber, plan -> plan.opened(
                event.primaryClinician().value(), event.openedAt(), event.levelOfCare(), founders));
    }

    @EventHandler
    void on(MemberAdded event, @SequenceNumber long sequenceNumber) {
        enrolments.apply(event.planId(), sequenceNumber,
                         plan -> plan.withMember(enrolment(event.member(), event.addedAt())));
    }

    @EventHandler
    void on(MemberLeft event, @SequenceNumber long sequenceNumber) {
        enrolments.apply(event.planId(), sequenceNumber,
                         plan -> plan.withMemberLeft(event.participantId().value(), event.leftAt()));
    }

    @EventHandler
    void on(LevelOfCareChanged event, @SequenceNumber long sequenceNumber) {
        enrolments.apply(event.planId(), sequenceNumber,
                         plan -> plan.withLevelOfCare(event.newLevel(), event.changedAt()));
    }

    @EventHandler
    void on(TreatmentPlanDischarged event, @SequenceNumber long sequenceNumber) {
        enrolments.apply(event.planId(), sequenceNumber, plan -> plan.discharged(event.dischargedAt()));
    }

    @ResetHandler
    void forgetEveryWeek() {
        enrolments.deleteAll();
        sessions.deleteAll();
    }

    @Override
    protected void scheduleSession(SessionScheduled event, long sequenceNumber) {
        sessions.apply(event.planId(), sequenceNumber, plan -> plan.withSession(TrackedSession.of(event)));
    }

    @Override
    protected void changeSession(PlanId planId, long sequenceNumber, SessionId sessionId,
                                 UnaryOperator<TrackedSession> change) {
        sessions.apply(planId, sequenceNumber, plan -> plan.withSessionChanged(sessionId.value(), change));
    }

    private static Enrolment enrolment(Member member, Instant joinedAt) {
        return new Enrolment(member.participantId().value(), member.role(), member.minor(), joinedAt, null);
    }
}
