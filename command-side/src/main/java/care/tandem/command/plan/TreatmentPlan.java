package care.tandem.command.plan;

import care.tandem.events.consent.DisclosedInformation;
import care.tandem.events.consent.DisclosurePurpose;
import care.tandem.events.id.DisclosureId;
import care.tandem.events.id.GoalId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.AttendanceCorrected;
import care.tandem.events.plan.AttendanceRecorded;
import care.tandem.events.plan.AttendanceStatus;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.CareTeamMemberAdded;
import care.tandem.events.plan.CareTeamMemberRemoved;
import care.tandem.events.plan.ConcernTrigger;
import care.tandem.events.plan.CouplesTherapyDiscontinued;
import care.tandem.events.plan.CouplesTherapyPauseReviewDue;
import care.tandem.events.plan.CouplesTherapyPaused;
import care.tandem.events.plan.CouplesTherapyResumed;
import care.tandem.events.plan.DiscontinuationReason;
import care.tandem.events.plan.JointAttendanceRecorded;
import care.tandem.events.plan.JointParticipation;
import care.tandem.events.plan.JointParticipationExpectationSet;
import care.tandem.events.plan.JointSessionHandling;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.LevelOfCareChanged;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.MakeupSessionAttended;
import care.tandem.events.plan.MakeupSessionDeclined;
import care.tandem.events.plan.MakeupSessionOffered;
import care.tandem.events.plan.Member;
import care.tandem.events.plan.MemberAdded;
import care.tandem.events.plan.MemberLeaveReason;
import care.tandem.events.plan.MemberLeft;
import care.tandem.events.plan.MemberRole;
import care.tandem.events.plan.ParticipantAttendance;
import care.tandem.events.plan.ParticipationConcernRaised;
import care.tandem.events.plan.PartnerReadiness;
import care.tandem.events.plan.PartnersInformedOfAbsence;
import care.tandem.events.plan.RecoveryGoalRevised;
import care.tandem.events.plan.RecoveryGoalSet;
import care.tandem.events.plan.SessionCancelled;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.SessionRescheduled;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.events.plan.SessionSummaryOffered;
import care.tandem.events.plan.SessionSummaryShared;
import care.tandem.events.plan.SoloAttendanceRecorded;
import care.tandem.events.plan.TreatmentPlanDischarged;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.events.plan.UnitKind;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A couple's or a family's treatment plan: the consistency boundary for its members, sessions,
 * attendance, absence follow-up, couples-therapy status, goals and discharge. Handlers validate against
 * state and apply events; state changes only in the event sourcing handlers; time always arrives on the
 * command. The one rule that spans plans, no double booking, is checked through {@link SessionBookings}.
 * Long histories load from a snapshot of these fields (Jackson, field by field); the revision names the snapshot's
 * shape, and a snapshot of another revision is ignored (the plan is then rebuilt from its events). Who may act on
 * the plan at all is {@link CareTeamPolicy}'s to decide, before any handler runs.
 */
@Aggregate(snapshotTriggerDefinition = "treatmentPlanSnapshotTrigger")
@Revision("2")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class TreatmentPlan {

    static final String PAUSE_REVIEW = "couples-therapy-pause-review";

    enum CouplesTherapy { ACTIVE, PAUSED, DISCONTINUED }

    @AggregateIdentifier
    private PlanId planId;
    private UnitKind unitKind;
    private Map<ParticipantId, Member> activeMembers;
    private LevelOfCare levelOfCare;
    private CouplesTherapy couplesTherapy;
    private LocalDate pendingReviewOn;
    private JointParticipation jointParticipation;
    private Map<SessionId, PlanSession> sessions;
    private Map<SessionId, AbsenceFollowUp> followUps;
    private Set<GoalId> goals;
    private boolean discharged;
    private CareTeam careTeam;

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
    void onlyTheCareTeam(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        CareTeamPolicy.requireMayAct(careTeam, command.getPayload(), command.getMetaData(),
                session -> Optional.ofNullable(sessions.get(session)).map(PlanSession::clinician));
        chain.proceed();
    }

    // --- care team ---------------------------------------------------------------------------------

    @CommandHandler
    public void handle(AddCareTeamMember command) {
        requireOpen();
        if (careTeam.includes(command.clinician())) {
            throw new PlanRuleViolation("already-on-care-team", "the clinician is already on the plan's care team");
        }
        apply(new CareTeamMemberAdded(planId, command.clinician(), command.reason(), command.addedBy(),
                command.addedAt()));
    }

    @CommandHandler
    public void handle(RemoveCareTeamMember command) {
        if (careTeam.isPrimary(command.clinician())) {
            throw new PlanRuleViolation("primary-clinician-stays",
                    "the primary clinician cannot leave the care team");
        }
        if (!careTeam.includes(command.clinician())) {
            throw new PlanRuleViolation("not-on-care-team", "the clinician is not on the plan's care team");
        }
        apply(new CareTeamMemberRemoved(planId, command.clinician(), command.reason(), command.removedBy(),
                command.removedAt()));
    }

    // --- members and level of care ---------------------------------------------------------------

    @CommandHandler
    public void handle(AddMember command) {
        requireOpen();
        Member member = command.member();
        if (activeMembers.containsKey(member.participantId())) {
            throw new PlanRuleViolation("already-a-member",
                    "Participant " + member.participantId() + " is already a member of this plan");
        }
        if (unitKind == UnitKind.COUPLE) {
            throw new PlanRuleViolation("couple-has-two-partners",
                    "A couple's plan has exactly its two partners; open a family plan to treat more members");
        }
        requireAdultMembers(member.guardians(), "member.guardians");
        apply(new MemberAdded(planId, member, command.addedBy(), command.addedAt()));
    }

    @CommandHandler
    public void handle(RecordMemberLeft command, SessionBookings bookings, DeadlineManager deadlines) {
        requireOpen();
        ParticipantId leaving = command.participantId();
        requireMembers(List.of(leaving), "participantId");
        boolean lastGuardianOfAMinor = activeMembers.values().stream()
                .filter(member -> member.guardians().contains(leaving))
                .anyMatch(minor -> minor.guardians().stream().filter(activeMembers::containsKey).count() == 1);
        if (lastGuardianOfAMinor) {
            throw new PlanRuleViolation("minor-needs-guardian",
                    "Participant " + leaving + " is the last guardian in this plan of a minor member");
        }
        if (activeMembers.size() == 2) {
            throw new PlanRuleViolation("unit-needs-two-members",
                    "A treatment unit keeps at least two members; discharge the plan instead");
        }
        cancelSessionsAhead(command.leftAt(), CancellationReason.MEMBER_LEFT, bookings,
                session -> session.participants().contains(leaving)
                        && (session.kind() == SessionKind.INDIVIDUAL || session.isJoint()));
        if (activePartners().contains(leaving) && couplesTherapy != CouplesTherapy.DISCONTINUED) {
            // Without both partners there is no couple to treat: couples therapy ends with the departure.
            deadlines.cancelAllWithinScope(PAUSE_REVIEW);
            apply(new CouplesTherapyDiscontinued(planId, discontinuationFor(command.reason()), command.recordedBy(),
                    command.leftAt()));
        }
        apply(new MemberLeft(planId, leaving, command.reason(), command.recordedBy(), command.leftAt()));
    }

    private static DiscontinuationReason discontinuationFor(MemberLeaveReason reason) {
        return switch (reason) {
            case SEPARATION -> DiscontinuationReason.SEPARATION;
            case SAFETY -> DiscontinuationReason.SAFETY_CONCERN;
            case WITHDREW -> DiscontinuationReason.CLIENT_REQUEST;
            case COMPLETED_PARTICIPATION, OTHER -> DiscontinuationReason.CLINICAL_DECISION;
        };
    }

    @CommandHandler
    public void handle(ChangeLevelOfCare command) {
        requireOpen();
        if (command.newLevel() == levelOfCare) {
            throw new PlanRuleViolation("level-of-care-unchanged", "The plan is already at " + levelOfCare);
        }
        apply(new LevelOfCareChanged(planId, levelOfCare, command.newLevel(), command.reason(), command.changedBy(),
                command.changedAt()));
    }

    // --- sessions --------------------------------------------------------------------------------

    @CommandHandler
    public void handle(ScheduleJointSession command, SessionBookings bookings) {
        handle(command.asSession(), bookings);
    }

    @CommandHandler
    public void handle(ScheduleSession command, SessionBookings bookings) {
        requireOpen();
        if (sessions.containsKey(command.sessionId())) {
            throw new PlanRuleViolation("session-already-scheduled",
                    "Session " + command.sessionId() + " is already scheduled on this plan");
        }
        requireMembers(command.participants(), "participantIds");
        if (command.kind() == SessionKind.COUPLES) {
            requireCouplesTherapyActive();
            if (!new HashSet<>(command.participants()).equals(activePartners())) {
                throw new PlanRuleViolation("joint-session-needs-both-partners",
                        "A joint session expects exactly the plan's two partners");
            }
        }
        if (command.makeupFor() != null) {
            requireMakeupCanBeScheduled(command.makeupFor(), command.participants());
        }
        bookings.book(planId, command.sessionId(), command.startsAt(), command.durationMinutes(),
                command.participants(), command.clinician());
        apply(new SessionScheduled(planId, command.sessionId(), command.kind(), command.startsAt(),
                command.durationMinutes(), command.clinician(), command.participants(), command.locationMode(),
                command.makeupFor(), null));
    }

    @CommandHandler
    public void handle(RescheduleSession command, SessionBookings bookings) {
        requireOpen();
        PlanSession session = scheduledSession(command.sessionId());
        if (session.isJoint()) {
            requireCouplesTherapyActive();
        }
        bookings.release(planId, command.sessionId());
        bookings.book(planId, command.sessionId(), command.startsAt(), command.durationMinutes(),
                session.participants(), session.clinician());
        apply(new SessionRescheduled(planId, command.sessionId(), command.startsAt(), command.durationMinutes(),
                command.rescheduledBy(), command.rescheduledAt()));
    }

    @CommandHandler
    public void handle(CancelSession command, SessionBookings bookings) {
        requireOpen();
        scheduledSession(command.sessionId());
        bookings.release(planId, command.sessionId());
        apply(new SessionCancelled(planId, command.sessionId(), command.reason(), command.cancelledAt()));
    }

    // --- attendance ------------------------------------------------------------------------------

    @CommandHandler
    public void handle(RecordJointAttendance command) {
        requireOpen();
        PlanSession session = sessionOpenForAttendance(command.sessionId(), command.recordedAt());
        requireJoint(session, command.sessionId());
        apply(new JointAttendanceRecorded(planId, command.sessionId(), session.participants(), command.recordedBy(),
                command.recordedAt()));
        afterAttendance(command.sessionId(), session, command.recordedAt());
    }

    @CommandHandler
    public void handle(RecordSoloAttendance command) {
        requireOpen();
        PlanSession session = sessionOpenForAttendance(command.sessionId(), command.recordedAt());
        requireJoint(session, command.sessionId());
        requireMembers(List.of(command.attendingPartner()), "attendingPartnerId");
        requireMembers(List.of(command.absentPartner()), "absentPartnerId");
        requireExpected(session, command.attendingPartner(), "attendingPartnerId");
        requireExpected(session, command.absentPartner(), "absentPartnerId");
        apply(new SoloAttendanceRecorded(planId, command.sessionId(), command.attendingPartner(),
                command.absentPartner(), command.absenceReason(), command.reasonDetail(),
                command.therapistJudgement(), command.adjustedFocus(), command.recordedBy(), command.recordedAt()));
        afterAttendance(command.sessionId(), session, command.recordedAt());
    }

    @CommandHandler
    public void handle(RecordAttendance command) {
        requireOpen();
        PlanSession session = sessionOpenForAttendance(command.sessionId(), command.recordedAt());
        Set<ParticipantId> reported = new HashSet<>();
        command.attendance().forEach(entry -> reported.add(entry.participantId()));
        if (!reported.equals(new HashSet<>(session.participants()))) {
            throw new PlanRuleViolation("attendance-must-cover-participants",
                    "Attendance names exactly the participants the session expected");
        }
        List<ParticipantAttendance> attendance = command.attendance().stream()
                .map(entry -> toParticipantAttendance(entry, session))
                .toList();
        apply(new AttendanceRecorded(planId, command.sessionId(), attendance, command.recordedBy(),
                command.recordedAt()));
        afterAttendance(command.sessionId(), session, command.recordedAt());
    }

    @CommandHandler
    public void handle(CorrectAttendance command) {
        requireOpen();
        PlanSession session = knownSession(command.sessionId());
        AttendanceStatus recorded = session.attendanceOf(command.corrected().participantId());
        if (session.status() != PlanSession.Status.ATTENDANCE_RECORDED || recorded == null) {
            throw new PlanRuleViolation("no-attendance-to-correct",
                    "No attendance of participant " + command.corrected().participantId() + " is recorded for session "
                            + command.sessionId());
        }
        apply(new AttendanceCorrected(planId, command.sessionId(),
                toParticipantAttendance(command.corrected(), session), command.correctionReason(),
                command.correctedBy(), command.correctedAt()));
    }

    // --- absence follow-up -----------------------------------------------------------------------

    @CommandHandler
    public void handle(InformPartnersOfAbsence command) {
        requireOpen();
        if (followUp(command.sessionId()).partnersInformed()) {
            throw new PlanRuleViolation("partners-already-informed",
                    "Both partners were already informed about session " + command.sessionId());
        }
        apply(new PartnersInformedOfAbsence(planId, command.sessionId(), command.informedBy(),
                command.informedAt()));
    }

    @CommandHandler
    public void handle(OfferSessionSummary command) {
        requireOpen();
        AbsenceFollowUp followUp = followUp(command.sessionId());
        if (followUp.summaryOffered()) {
            throw new PlanRuleViolation("summary-already-offered",
                    "A summary of session " + command.sessionId() + " was already offered");
        }
        apply(new SessionSummaryOffered(planId, command.sessionId(), followUp.absentPartner(), command.offeredBy(),
                command.offeredAt()));
    }

    // --- consent and disclosure: the person's own record decides; the plan checks who, to whom, and about whom ---

    @CommandHandler
    public void handle(GrantConsent command, ConsentLedger consents, ConsentSettings settings, MetaData metaData) {
        requireOpen();
        ConsentRules.requireMayConsent(activeMembers, command, settings.minors());
        consents.grant(command.granted(), metaData);
    }

    /** Revocation is possible at any time, also after the person left or the plan closed. */
    @CommandHandler
    public void handle(RevokeConsent command, ConsentLedger consents, MetaData metaData) {
        consents.revoke(planId, command.revoked(), metaData);
    }

    @CommandHandler
    public void handle(ShareSessionSummary command, ConsentLedger consents, ConsentSettings settings,
                       MetaData metaData) {
        requireOpen();
        AbsenceFollowUp followUp = followUp(command.sessionId());
        if (followUp.summaryShared()) {
            throw new PlanRuleViolation("summary-already-shared",
                    "The summary of session " + command.sessionId() + " was already shared");
        }
        ConsentRules.requireSummaryParts(followUp, sessions.get(command.sessionId()).participants(), command);
        List<DisclosureId> disclosures = new ArrayList<>();
        for (SummaryPart part : command.parts()) {
            DisclosureId disclosure = DisclosureId.of(UUID.nameUUIDFromBytes((planId + "/" + command.sessionId()
                    + "/" + part.about() + "/" + command.sharedAt()).getBytes(StandardCharsets.UTF_8)).toString());
            consents.disclose(new DisclosureRequest(part.about(), disclosure, planId, command.sessionId(),
                    command.recipient(), DisclosedInformation.SESSION_SUMMARIES,
                    DisclosurePurpose.COUPLES_OR_FAMILY_THERAPY, part.text(), settings.redisclosureNotice(),
                    command.sharedBy(), command.sharedAt()), metaData);
            disclosures.add(disclosure);
        }
        apply(new SessionSummaryShared(planId, command.sessionId(), command.recipient(), disclosures,
                command.sharedBy(), command.sharedAt()));
    }

    @CommandHandler
    public void handle(OfferMakeupSession command) {
        requireOpen();
        AbsenceFollowUp followUp = followUp(command.missedSessionId());
        if (followUp.makeupOffered()) {
            throw new PlanRuleViolation("makeup-already-offered",
                    "A makeup session for " + command.missedSessionId() + " was already offered");
        }
        apply(new MakeupSessionOffered(planId, command.missedSessionId(), followUp.absentPartner(),
                command.offeredBy(), command.offeredAt()));
    }

    @CommandHandler
    public void handle(DeclineMakeupSession command) {
        requireOpen();
        AbsenceFollowUp followUp = followUp(command.missedSessionId());
        if (!followUp.makeupOffered() || followUp.makeupResolved()) {
            throw new PlanRuleViolation("no-open-makeup-offer",
                    "There is no open makeup offer for session " + command.missedSessionId());
        }
        if (followUp.makeupSession() != null) {
            throw new PlanRuleViolation("makeup-already-scheduled",
                    "Makeup session " + followUp.makeupSession() + " is scheduled; cancel it first");
        }
        apply(new MakeupSessionDeclined(planId, command.missedSessionId(), followUp.absentPartner(),
                command.recordedBy(), command.declinedAt()));
    }

    // --- couples-therapy status ------------------------------------------------------------------

    @CommandHandler
    public void handle(PauseCouplesTherapy command, SessionBookings bookings, DeadlineManager deadlines) {
        requireOpen();
        requireCouplesTherapyActive();
        apply(new CouplesTherapyPaused(planId, command.reason(), command.reviewOn(), command.jointSessionHandling(),
                command.pausedBy(), command.pausedAt()));
        List<Map.Entry<SessionId, PlanSession>> jointAhead = sessionsAhead(command.pausedAt(), PlanSession::isJoint);
        for (Map.Entry<SessionId, PlanSession> joint : jointAhead) {
            bookings.release(planId, joint.getKey());
            apply(new SessionCancelled(planId, joint.getKey(), CancellationReason.COUPLES_THERAPY_PAUSED,
                    command.pausedAt()));
            if (command.jointSessionHandling() == JointSessionHandling.CONVERT_TO_INDIVIDUAL) {
                convertToIndividualSessions(joint.getKey(), joint.getValue(), bookings);
            }
        }
        deadlines.schedule(command.reviewDueAt(), PAUSE_REVIEW, new PauseReview(command.reviewOn(),
                command.reviewDueAt()));
    }

    @DeadlineHandler(deadlineName = PAUSE_REVIEW)
    public void pauseReviewDue(PauseReview review) {
        // A deadline of a pause that has since ended, or was reviewed already, records nothing.
        if (!discharged && couplesTherapy == CouplesTherapy.PAUSED && review.reviewOn().equals(pendingReviewOn)) {
            apply(new CouplesTherapyPauseReviewDue(planId, review.reviewOn(), review.dueAt()));
        }
    }

    @CommandHandler
    public void handle(ResumeCouplesTherapy command, DeadlineManager deadlines) {
        requireOpen();
        requireCouple();
        if (couplesTherapy != CouplesTherapy.PAUSED) {
            throw new PlanRuleViolation("couples-therapy-not-paused",
                    "Couples therapy is not paused, so it cannot be resumed");
        }
        Set<ParticipantId> assessed = new HashSet<>();
        command.readiness().stream().map(PartnerReadiness::participantId).forEach(assessed::add);
        if (!assessed.equals(activePartners())) {
            throw new PlanRuleViolation("readiness-of-both-partners",
                    "Resuming records the readiness of exactly the plan's two partners");
        }
        deadlines.cancelAllWithinScope(PAUSE_REVIEW);
        apply(new CouplesTherapyResumed(planId, command.readiness(), command.resumedBy(), command.resumedAt()));
    }

    @CommandHandler
    public void handle(DiscontinueCouplesTherapy command, SessionBookings bookings, DeadlineManager deadlines) {
        requireOpen();
        requireCouple();
        if (couplesTherapy == CouplesTherapy.DISCONTINUED) {
            throw new PlanRuleViolation("couples-therapy-discontinued", "Couples therapy is already discontinued");
        }
        deadlines.cancelAllWithinScope(PAUSE_REVIEW);
        apply(new CouplesTherapyDiscontinued(planId, command.reason(), command.discontinuedBy(),
                command.discontinuedAt()));
        cancelSessionsAhead(command.discontinuedAt(), CancellationReason.COUPLES_THERAPY_DISCONTINUED, bookings,
                PlanSession::isJoint);
    }

    @CommandHandler
    public void handle(SetJointParticipationExpectation command) {
        requireOpen();
        requireCouple();
        apply(new JointParticipationExpectationSet(planId, command.expectation(), command.reason(), command.setBy(),
                command.setAt()));
    }

    // --- goals and discharge ---------------------------------------------------------------------

    @CommandHandler
    public void handle(SetRecoveryGoal command) {
        requireOpen();
        if (goals.contains(command.goalId())) {
            throw new PlanRuleViolation("goal-already-set", "Goal " + command.goalId() + " is already set; revise it");
        }
        if (command.participantId() != null) {
            requireMembers(List.of(command.participantId()), "participantId");
        }
        apply(new RecoveryGoalSet(planId, command.goalId(), command.scope(), command.participantId(),
                command.description(), command.setBy(), command.setAt()));
    }

    @CommandHandler
    public void handle(ReviseRecoveryGoal command) {
        requireOpen();
        if (!goals.contains(command.goalId())) {
            throw new UnknownGoalException(planId, command.goalId());
        }
        apply(new RecoveryGoalRevised(planId, command.goalId(), command.description(), command.revisedBy(),
                command.revisedAt()));
    }

    @CommandHandler
    public void handle(DischargeTreatmentPlan command, SessionBookings bookings, DeadlineManager deadlines) {
        requireOpen();
        deadlines.cancelAllWithinScope(PAUSE_REVIEW);
        cancelSessionsAhead(command.dischargedAt(), CancellationReason.PLAN_DISCHARGED, bookings, session -> true);
        apply(new TreatmentPlanDischarged(planId, command.aftercareReferrals(), command.dischargedBy(),
                command.dischargedAt()));
    }

    // --- decisions shared by several commands ----------------------------------------------------

    /** What an attendance record sets in motion: makeup completion, and concerns about a partner's absences. */
    private void afterAttendance(SessionId sessionId, PlanSession session, Instant recordedAt) {
        if (session.makeupFor() != null) {
            AbsenceFollowUp followUp = followUps.get(session.makeupFor());
            if (followUp != null && !followUp.makeupResolved()
                    && session.attendanceOf(followUp.absentPartner()) != null
                    && !session.missedBy(followUp.absentPartner())) {
                apply(new MakeupSessionAttended(planId, session.makeupFor(), sessionId, followUp.absentPartner(),
                        recordedAt));
            }
        }
        if (!session.isJoint()) {
            return;
        }
        boolean someoneAttended = session.participants().stream().anyMatch(p -> !session.missedBy(p));
        for (ParticipantId partner : session.participants()) {
            if (!session.missedBy(partner)) {
                continue;
            }
            if (someoneAttended && jointParticipation == JointParticipation.STRONGLY_ENCOURAGED) {
                apply(new ParticipationConcernRaised(planId, partner, sessionId,
                        ConcernTrigger.SOLO_ATTENDANCE_WHILE_JOINT_STRONGLY_ENCOURAGED, recordedAt));
            }
            if (makesSecondConsecutiveMiss(session, partner)) {
                apply(new ParticipationConcernRaised(planId, partner, sessionId,
                        ConcernTrigger.SECOND_CONSECUTIVE_MISS, recordedAt));
            }
        }
    }

    /**
     * Whether this miss is the one that makes two joint sessions in a row (by start time) that the partner
     * missed. A miss entered late joins the misses on either side of it; a third miss in a row raises
     * nothing new, since the concern is already open.
     */
    private boolean makesSecondConsecutiveMiss(PlanSession missed, ParticipantId partner) {
        List<PlanSession> recorded = sessions.values().stream()
                .filter(PlanSession::isJoint)
                .filter(session -> session.attendanceOf(partner) != null)
                .sorted(Comparator.comparing(PlanSession::startsAt))
                .toList();
        int position = recorded.indexOf(missed);
        int before = 0;
        for (int i = position - 1; i >= 0 && recorded.get(i).missedBy(partner); i--) {
            before++;
        }
        int after = 0;
        for (int i = position + 1; i < recorded.size() && recorded.get(i).missedBy(partner); i++) {
            after++;
        }
        return before + 1 + after >= 2 && before < 2 && after < 2;
    }

    /** A pause may turn a joint slot into consecutive individual sessions, one per partner, same clinician. */
    private void convertToIndividualSessions(SessionId jointId, PlanSession joint, SessionBookings bookings) {
        int firstHalf = joint.durationMinutes() / 2;
        if (firstHalf == 0) {
            return;
        }
        Instant start = joint.startsAt();
        int[] durations = {firstHalf, joint.durationMinutes() - firstHalf};
        for (int i = 0; i < joint.participants().size() && i < durations.length; i++) {
            ParticipantId partner = joint.participants().get(i);
            SessionId individual = derivedSessionId(jointId, partner);
            bookings.book(planId, individual, start, durations[i], List.of(partner), joint.clinician());
            apply(new SessionScheduled(planId, individual, SessionKind.INDIVIDUAL, start, durations[i],
                    joint.clinician(), List.of(partner), LocationMode.SEPARATE_LOCATIONS, null, jointId));
            start = start.plusSeconds(60L * durations[i]);
        }
    }

    private void cancelSessionsAhead(Instant at, CancellationReason reason, SessionBookings bookings,
                                     Predicate<PlanSession> which) {
        for (Map.Entry<SessionId, PlanSession> ahead : sessionsAhead(at, which)) {
            bookings.release(planId, ahead.getKey());
            apply(new SessionCancelled(planId, ahead.getKey(), reason, at));
        }
    }

    private List<Map.Entry<SessionId, PlanSession>> sessionsAhead(Instant at,
                                                                 Predicate<PlanSession> which) {
        return sessions.entrySet().stream()
                .filter(entry -> entry.getValue().isStillAheadAt(at) && which.test(entry.getValue()))
                .sorted(Comparator.comparing((Map.Entry<SessionId, PlanSession> entry) -> entry.getValue().startsAt())
                        .thenComparing(entry -> entry.getKey().value()))
                .toList();
    }

    private ParticipantAttendance toParticipantAttendance(AttendanceEntry entry, PlanSession session) {
        shorterThanSession(entry.minutesLate(), session, "attendance[].minutesLate");
        shorterThanSession(entry.minutesLeftEarly(), session, "attendance[].minutesLeftEarly");
        return new ParticipantAttendance(entry.participantId(), entry.status(), entry.minutesLate(),
                entry.minutesLeftEarly(), entry.absenceReason(), entry.attendedMinutesOf(session.durationMinutes()));
    }

    private static void shorterThanSession(Integer minutes, PlanSession session, String field) {
        if (minutes != null && minutes >= session.durationMinutes()) {
            throw new InvalidCommandException(field, "must be shorter than the session's " + session.durationMinutes()
                    + " minutes");
        }
    }

    private void requireMakeupCanBeScheduled(SessionId missed, List<ParticipantId> participants) {
        AbsenceFollowUp followUp = followUp(missed);
        if (!followUp.makeupOffered() || followUp.makeupResolved() || followUp.makeupSession() != null) {
            throw new PlanRuleViolation("no-open-makeup-offer",
                    "Session " + missed + " has no open makeup offer without a makeup session");
        }
        if (!participants.contains(followUp.absentPartner())) {
            throw new PlanRuleViolation("makeup-without-absent-partner",
                    "A makeup session includes the partner who missed session " + missed);
        }
    }

    // --- preconditions ---------------------------------------------------------------------------

    private void requireOpen() {
        if (discharged) {
            throw new PlanRuleViolation("plan-closed", "Treatment plan " + planId + " was discharged and is closed");
        }
    }

    private void requireCouple() {
        if (activePartners().size() != 2) {
            throw new PlanRuleViolation("no-couple-in-plan", "This plan has no two active partners");
        }
    }

    private void requireCouplesTherapyActive() {
        requireCouple();
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

    private PlanSession knownSession(SessionId sessionId) {
        PlanSession session = sessions.get(sessionId);
        if (session == null) {
            throw new UnknownSessionException(planId, sessionId);
        }
        return session;
    }

    private PlanSession scheduledSession(SessionId sessionId) {
        PlanSession session = knownSession(sessionId);
        switch (session.status()) {
            case CANCELLED -> throw new PlanRuleViolation("session-cancelled",
                    "Session " + sessionId + " was cancelled");
            case ATTENDANCE_RECORDED -> throw new PlanRuleViolation("attendance-already-recorded",
                    "Session " + sessionId + " already took place: attendance is recorded");
            case SCHEDULED -> {
                // still to be held
            }
        }
        return session;
    }

    private PlanSession sessionOpenForAttendance(SessionId sessionId, Instant recordedAt) {
        PlanSession session = scheduledSession(sessionId);
        if (recordedAt.isBefore(session.startsAt())) {
            throw new PlanRuleViolation("session-not-started",
                    "Session " + sessionId + " has not started yet: attendance is recorded once it has");
        }
        return session;
    }

    private static void requireJoint(PlanSession session, SessionId sessionId) {
        if (!session.isJoint()) {
            throw new PlanRuleViolation("not-a-joint-session",
                    "Session " + sessionId + " is a " + session.kind() + " session, not a joint COUPLES session");
        }
    }

    private AbsenceFollowUp followUp(SessionId missedSession) {
        knownSession(missedSession);
        AbsenceFollowUp followUp = followUps.get(missedSession);
        if (followUp == null) {
            throw new PlanRuleViolation("no-missed-joint-session",
                    "Session " + missedSession + " is not a joint session one partner missed");
        }
        return followUp;
    }

    private void requireMembers(Collection<ParticipantId> people, String field) {
        for (ParticipantId person : people) {
            if (!activeMembers.containsKey(person)) {
                throw new PlanRuleViolation("not-a-plan-member",
                        field + " names participant " + person + ", who is not a member of this plan");
            }
        }
    }

    private void requireAdultMembers(Collection<ParticipantId> guardians, String field) {
        requireMembers(guardians, field);
        for (ParticipantId guardian : guardians) {
            if (activeMembers.get(guardian).minor()) {
                throw new PlanRuleViolation("guardian-must-be-adult",
                        field + " names participant " + guardian + ", who is a minor");
            }
        }
    }

    private static void requireExpected(PlanSession session, ParticipantId person, String field) {
        if (!session.participants().contains(person)) {
            throw new PlanRuleViolation("not-expected-at-session",
                    field + " names participant " + person + ", who was not expected at this session");
        }
    }

    private Set<ParticipantId> activePartners() {
        Set<ParticipantId> partners = new HashSet<>();
        activeMembers.values().stream().filter(member -> member.role() == MemberRole.PARTNER)
                .forEach(member -> partners.add(member.participantId()));
        return partners;
    }

    // --- event sourcing --------------------------------------------------------------------------

    @EventSourcingHandler
    void on(TreatmentPlanOpened event) {
        planId = event.planId();
        unitKind = event.unitKind();
        activeMembers = new LinkedHashMap<>();
        event.members().forEach(member -> activeMembers.put(member.participantId(), member));
        levelOfCare = event.levelOfCare();
        couplesTherapy = CouplesTherapy.ACTIVE;
        jointParticipation = JointParticipation.VOLUNTARY;
        sessions = new HashMap<>();
        followUps = new HashMap<>();
        goals = new HashSet<>();
        discharged = false;
        careTeam = new CareTeam(event.primaryClinician());
    }

    @EventSourcingHandler
    void on(CareTeamMemberAdded event) {
        careTeam.add(event.clinician());
    }

    @EventSourcingHandler
    void on(CareTeamMemberRemoved event) {
        careTeam.remove(event.clinician());
    }

    @EventSourcingHandler
    void on(MemberAdded event) {
        activeMembers.put(event.member().participantId(), event.member());
    }

    @EventSourcingHandler
    void on(MemberLeft event) {
        activeMembers.remove(event.participantId());
    }

    @EventSourcingHandler
    void on(LevelOfCareChanged event) {
        levelOfCare = event.newLevel();
    }

    @EventSourcingHandler
    void on(SessionScheduled event) {
        sessions.put(event.sessionId(), new PlanSession(event.kind(), event.startsAt(), event.durationMinutes(),
                event.participants(), event.makeupFor(), event.clinician()));
        if (event.makeupFor() != null) {
            followUps.get(event.makeupFor()).makeupWasScheduled(event.sessionId());
        }
    }

    @EventSourcingHandler
    void on(SessionRescheduled event) {
        sessions.get(event.sessionId()).moveTo(event.startsAt(), event.durationMinutes());
    }

    @EventSourcingHandler
    void on(SessionCancelled event) {
        PlanSession session = sessions.get(event.sessionId());
        session.cancel();
        if (session.makeupFor() != null) {
            followUps.get(session.makeupFor()).makeupWasCancelled();
        }
    }

    @EventSourcingHandler
    void on(JointAttendanceRecorded event) {
        PlanSession session = sessions.get(event.sessionId());
        event.attendees().forEach(attendee -> session.recordAttendance(attendee, AttendanceStatus.ATTENDED));
    }

    @EventSourcingHandler
    void on(SoloAttendanceRecorded event) {
        PlanSession session = sessions.get(event.sessionId());
        session.recordAttendance(event.attendingPartner(), AttendanceStatus.ATTENDED);
        session.recordAttendance(event.absentPartner(), AttendanceStatus.ABSENT);
        followUps.put(event.sessionId(), new AbsenceFollowUp(event.absentPartner()));
    }

    @EventSourcingHandler
    void on(AttendanceRecorded event) {
        PlanSession session = sessions.get(event.sessionId());
        event.attendance().forEach(entry -> session.recordAttendance(entry.participantId(), entry.status()));
        openFollowUpIfOnePartnerMissed(event.sessionId(), session);
    }

    @EventSourcingHandler
    void on(AttendanceCorrected event) {
        sessions.get(event.sessionId()).recordAttendance(event.corrected().participantId(), event.corrected().status());
    }

    @EventSourcingHandler
    void on(PartnersInformedOfAbsence event) {
        followUps.get(event.sessionId()).partnersWereInformed();
    }

    @EventSourcingHandler
    void on(SessionSummaryOffered event) {
        followUps.get(event.sessionId()).summaryWasOffered();
    }

    @EventSourcingHandler
    void on(SessionSummaryShared event) {
        followUps.get(event.sessionId()).summaryWasShared();
    }

    @EventSourcingHandler
    void on(MakeupSessionOffered event) {
        followUps.get(event.missedSessionId()).makeupWasOffered();
    }

    @EventSourcingHandler
    void on(MakeupSessionDeclined event) {
        followUps.get(event.missedSessionId()).makeupWasDeclined();
    }

    @EventSourcingHandler
    void on(MakeupSessionAttended event) {
        followUps.get(event.missedSessionId()).makeupWasAttended();
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

    @EventSourcingHandler
    void on(RecoveryGoalSet event) {
        goals.add(event.goalId());
    }

    @EventSourcingHandler
    void on(TreatmentPlanDischarged event) {
        discharged = true;
    }

    private void openFollowUpIfOnePartnerMissed(SessionId sessionId, PlanSession session) {
        if (!session.isJoint()) {
            return;
        }
        List<ParticipantId> missed = session.participants().stream().filter(session::missedBy).toList();
        if (missed.size() == 1) {
            followUps.put(sessionId, new AbsenceFollowUp(missed.get(0)));
        }
    }

    static SessionId derivedSessionId(SessionId from, ParticipantId partner) {
        return SessionId.of(UUID.nameUUIDFromBytes((from.value() + "/" + partner.value())
                .getBytes(StandardCharsets.UTF_8)).toString());
    }
}
