package care.tandem.command.plan;

import care.tandem.events.id.PlanId;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.JointSessionHandling;
import care.tandem.events.plan.MemberLeft;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.TreatmentPlanDischarged;
import care.tandem.events.plan.TreatmentPlanOpened;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A couple's or a family's treatment plan: one aggregate and one event stream, the consistency boundary for its
 * members, care team, sessions, attendance, absence follow-up, couples-therapy status, goals and discharge. Each
 * sub-domain keeps its own state and rules: {@link Membership}, {@link CareTeam}, {@link Scheduling},
 * {@link AttendanceRecording}, {@link AbsenceFollowUps}, {@link CouplesWork}, {@link Goals}; the plan routes each
 * command to its sub-domain and carries out what crosses them (a member leaving, a pause, the end of couples
 * therapy, discharge). Who may act at all is {@link CareTeamPolicy}'s to decide, before any handler runs; a closed
 * plan accepts only what {@link #acceptedWhenClosed} names. Time always arrives on the command.
 * Long histories load from a snapshot of these fields (Jackson); the revision names the snapshot's shape, and a
 * snapshot of another revision is ignored (the plan is then rebuilt from its events).
 */
@Aggregate(snapshotTriggerDefinition = "treatmentPlanSnapshotTrigger", cache = "treatmentPlanCache")
@Revision("4")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class TreatmentPlan {

    static final String PAUSE_REVIEW = "couples-therapy-pause-review";

    @AggregateIdentifier
    private PlanId planId;
    private boolean discharged;
    @AggregateMember
    private Membership membership;
    @AggregateMember
    private CareTeam careTeam;
    @AggregateMember
    private CouplesWork couplesWork;
    @AggregateMember
    private PlanSessions sessions;
    @AggregateMember
    private Goals goals;

    protected TreatmentPlan() {
        // Axon rebuilds the plan from its events through this constructor.
    }

    @CommandHandler
    public TreatmentPlan(OpenTreatmentPlan command, MetaData metaData) {
        CareTeamPolicy.requireMayOpen(command, metaData);
        apply(new TreatmentPlanOpened(command.planId(), command.unitKind(), command.members(),
                command.primaryClinician(), command.levelOfCare(), command.openedAt()));
    }

    @CommandHandlerInterceptor
    void onlyTheCareTeamAndOnlyWhileOpen(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        CareTeamPolicy.requireMayAct(careTeam, command.getPayload(), command.getMetaData(), sessions::clinicianOf);
        if (discharged && !acceptedWhenClosed(command.getPayload())) {
            throw new PlanRuleViolation("plan-closed", "Treatment plan " + planId + " was discharged and is closed");
        }
        chain.proceed();
    }

    /** A consent can be revoked at any time, and a clinician's access to a closed record withdrawn. */
    private static boolean acceptedWhenClosed(Object command) {
        return command instanceof RevokeConsent || command instanceof RemoveCareTeamMember;
    }

    @CommandHandler
    public void handle(AddCareTeamMember command) {
        careTeam.add(command);
    }

    @CommandHandler
    public void handle(RemoveCareTeamMember command) {
        careTeam.remove(command);
    }

    @CommandHandler
    public void handle(AddMember command) {
        membership.add(command);
    }

    @CommandHandler
    public void handle(ChangeLevelOfCare command) {
        membership.changeLevelOfCare(command);
    }

    /** A member's individual and joint sessions ahead are cancelled; a partner leaving ends couples therapy. */
    @CommandHandler
    public void handle(RecordMemberLeft command, SessionBookings bookings, DeadlineManager deadlines) {
        membership.requireMayLeave(command.participantId());
        scheduling(bookings).cancelAhead(command.leftAt(), CancellationReason.MEMBER_LEFT,
                session -> session.participants().contains(command.participantId())
                        && (session.kind() == SessionKind.INDIVIDUAL || session.isJoint()));
        if (membership.partners().contains(command.participantId()) && couplesWork.endsWhenAPartnerLeaves()) {
            deadlines.cancelAllWithinScope(PAUSE_REVIEW);
            couplesWork.endWithDeparture(command);
        }
        apply(new MemberLeft(planId, command.participantId(), command.reason(), command.recordedBy(),
                command.leftAt()));
    }

    @CommandHandler
    public void handle(ScheduleJointSession command, SessionBookings bookings) {
        scheduling(bookings).schedule(command.asSession());
    }

    @CommandHandler
    public void handle(ScheduleSession command, SessionBookings bookings) {
        scheduling(bookings).schedule(command);
    }

    @CommandHandler
    public void handle(RescheduleSession command, SessionBookings bookings) {
        scheduling(bookings).reschedule(command);
    }

    @CommandHandler
    public void handle(CancelSession command, SessionBookings bookings) {
        scheduling(bookings).cancel(command);
    }

    @CommandHandler
    public void handle(RecordJointAttendance command) {
        attendanceRecording().recordJoint(command);
    }

    @CommandHandler
    public void handle(RecordSoloAttendance command) {
        attendanceRecording().recordSolo(command);
    }

    @CommandHandler
    public void handle(RecordAttendance command) {
        attendanceRecording().record(command);
    }

    @CommandHandler
    public void handle(CorrectAttendance command) {
        attendanceRecording().correct(command);
    }

    @CommandHandler
    public void handle(InformPartnersOfAbsence command) {
        absenceFollowUps().informPartners(command);
    }

    @CommandHandler
    public void handle(OfferSessionSummary command) {
        absenceFollowUps().offerSummary(command);
    }

    @CommandHandler
    public void handle(ShareSessionSummary command, ConsentLedger consents, ConsentSettings settings,
                       MetaData metaData) {
        absenceFollowUps().shareSummary(command, consents, settings, metaData);
    }

    @CommandHandler
    public void handle(OfferMakeupSession command) {
        absenceFollowUps().offerMakeup(command);
    }

    @CommandHandler
    public void handle(DeclineMakeupSession command) {
        absenceFollowUps().declineMakeup(command);
    }

    /** The person's own consent record keeps the consent; the plan checks who signs, for whom and to whom. */
    @CommandHandler
    public void handle(GrantConsent command, ConsentLedger consents, ConsentSettings settings, MetaData metaData) {
        ConsentRules.requireMayConsent(membership.activeMembers(), command, settings.minors());
        consents.grant(command.granted(), metaData);
    }

    @CommandHandler
    public void handle(RevokeConsent command, ConsentLedger consents, MetaData metaData) {
        consents.revoke(planId, command.revoked(), metaData);
    }

    /** The joint sessions ahead are cancelled (or turned into individual ones), and a review falls due. */
    @CommandHandler
    public void handle(PauseCouplesTherapy command, SessionBookings bookings, DeadlineManager deadlines) {
        couplesWork.pause(command, membership);
        scheduling(bookings).cancelJointSessionsForPause(command,
                command.jointSessionHandling() == JointSessionHandling.CONVERT_TO_INDIVIDUAL);
        deadlines.schedule(command.reviewDueAt(), PAUSE_REVIEW, new PauseReview(command.reviewOn(),
                command.reviewDueAt()));
    }

    @DeadlineHandler(deadlineName = PAUSE_REVIEW)
    public void pauseReviewDue(PauseReview review) {
        if (!discharged) {
            couplesWork.reviewDue(review);
        }
    }

    @CommandHandler
    public void handle(ResumeCouplesTherapy command, DeadlineManager deadlines) {
        couplesWork.resume(command, membership);
        deadlines.cancelAllWithinScope(PAUSE_REVIEW);
    }

    /** Ending couples therapy cancels the joint sessions ahead and the pending review. */
    @CommandHandler
    public void handle(DiscontinueCouplesTherapy command, SessionBookings bookings, DeadlineManager deadlines) {
        couplesWork.discontinue(command, membership);
        deadlines.cancelAllWithinScope(PAUSE_REVIEW);
        scheduling(bookings).cancelAhead(command.discontinuedAt(), CancellationReason.COUPLES_THERAPY_DISCONTINUED,
                PlanSession::isJoint);
    }

    @CommandHandler
    public void handle(SetJointParticipationExpectation command) {
        couplesWork.setJointParticipation(command, membership);
    }

    @CommandHandler
    public void handle(SetRecoveryGoal command) {
        goals.set(command, membership);
    }

    @CommandHandler
    public void handle(ReviseRecoveryGoal command) {
        goals.revise(command);
    }

    /** Discharge closes the plan: every session ahead is cancelled and a pending pause review dropped. */
    @CommandHandler
    public void handle(DischargeTreatmentPlan command, SessionBookings bookings, DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(PAUSE_REVIEW);
        scheduling(bookings).cancelAhead(command.dischargedAt(), CancellationReason.PLAN_DISCHARGED, session -> true);
        apply(new TreatmentPlanDischarged(planId, command.aftercareReferrals(), command.dischargedBy(),
                command.dischargedAt()));
    }

    private Scheduling scheduling(SessionBookings bookings) {
        return new Scheduling(planId, sessions, membership, couplesWork, bookings);
    }

    private AttendanceRecording attendanceRecording() {
        return new AttendanceRecording(planId, sessions, membership, couplesWork);
    }

    private AbsenceFollowUps absenceFollowUps() {
        return new AbsenceFollowUps(planId, sessions);
    }

    @EventSourcingHandler
    void on(TreatmentPlanOpened event) {
        planId = event.planId();
        discharged = false;
        membership = new Membership(event);
        careTeam = new CareTeam(event.planId(), event.primaryClinician());
        couplesWork = new CouplesWork(event.planId());
        sessions = new PlanSessions(event.planId());
        goals = new Goals(event.planId());
    }

    @EventSourcingHandler
    void on(TreatmentPlanDischarged event) {
        discharged = true;
    }
}
