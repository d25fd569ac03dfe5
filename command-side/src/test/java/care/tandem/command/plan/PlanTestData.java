package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.GoalId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AdjustedFocus;
import care.tandem.events.plan.AftercareKind;
import care.tandem.events.plan.AftercareReferral;
import care.tandem.events.plan.AttendanceRecorded;
import care.tandem.events.plan.AttendanceStatus;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.CouplesTherapyDiscontinued;
import care.tandem.events.plan.CouplesTherapyPaused;
import care.tandem.events.plan.CouplesTherapyResumed;
import care.tandem.events.plan.DiscontinuationReason;
import care.tandem.events.plan.GoalScope;
import care.tandem.events.plan.JointAttendanceRecorded;
import care.tandem.events.plan.JointParticipation;
import care.tandem.events.plan.JointParticipationExpectationSet;
import care.tandem.events.plan.JointParticipationReason;
import care.tandem.events.plan.JointSessionHandling;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.MakeupSessionDeclined;
import care.tandem.events.plan.MakeupSessionOffered;
import care.tandem.events.plan.Member;
import care.tandem.events.plan.MemberLeaveReason;
import care.tandem.events.plan.MemberLeft;
import care.tandem.events.plan.MemberRole;
import care.tandem.events.plan.ParticipantAttendance;
import care.tandem.events.plan.PartnerReadiness;
import care.tandem.events.plan.PauseReason;
import care.tandem.events.plan.Readiness;
import care.tandem.events.plan.RecoveryGoalSet;
import care.tandem.events.plan.SessionCancelled;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.events.plan.SoloAttendanceRecorded;
import care.tandem.events.plan.TherapistJudgement;
import care.tandem.events.plan.TreatmentPlanDischarged;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.events.plan.UnitKind;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The people, sessions, moments, events and commands the treatment-plan tests share. A couple (Alex and
 * Sam); a family (parents Morgan and Jordan, adolescent Riley with both as guardians, child Kai with Morgan
 * only); a blended family in which Morgan and Jordan are partners; a week of sessions in March 2026.
 */
final class PlanTestData {

    private PlanTestData() {
    }

    static final PlanId PLAN = PlanId.of("plan-1");
    static final PlanId OTHER_PLAN = PlanId.of("plan-2");
    static final ClinicianId CLINICIAN = ClinicianId.of("c-rivera");
    static final ClinicianId OTHER_CLINICIAN = ClinicianId.of("c-okafor");

    static final ParticipantId ALEX = ParticipantId.of("p-alex");
    static final ParticipantId SAM = ParticipantId.of("p-sam");
    static final ParticipantId MORGAN = ParticipantId.of("p-morgan");
    static final ParticipantId JORDAN = ParticipantId.of("p-jordan");
    static final ParticipantId RILEY = ParticipantId.of("p-riley");
    static final ParticipantId KAI = ParticipantId.of("p-kai");
    static final ParticipantId STRANGER = ParticipantId.of("p-stranger");

    static final Member ALEX_PARTNER = adult(ALEX, "Alex", MemberRole.PARTNER);
    static final Member SAM_PARTNER = adult(SAM, "Sam", MemberRole.PARTNER);
    static final Member MORGAN_PARENT = adult(MORGAN, "Morgan", MemberRole.PARENT);
    static final Member JORDAN_PARENT = adult(JORDAN, "Jordan", MemberRole.PARENT);
    static final Member RILEY_ADOLESCENT = minor(RILEY, "Riley", MemberRole.ADOLESCENT, MORGAN, JORDAN);
    static final Member KAI_CHILD = minor(KAI, "Kai", MemberRole.CHILD, MORGAN);

    static final SessionId MON = SessionId.of("s-mon");
    static final SessionId WED = SessionId.of("s-wed");
    static final SessionId FRI = SessionId.of("s-fri");
    static final SessionId NEXT_MON = SessionId.of("s-next-mon");
    static final SessionId MAKEUP = SessionId.of("s-makeup");
    static final SessionId GROUP = SessionId.of("s-group");
    static final GoalId GOAL = GoalId.of("g-1");

    static final Instant OPENED_AT = Instant.parse("2026-03-01T09:00:00Z");
    static final Instant MON_AT = Instant.parse("2026-03-02T17:00:00Z");
    static final Instant TUE_NOON = Instant.parse("2026-03-03T12:00:00Z");
    static final Instant WED_AT = Instant.parse("2026-03-04T17:00:00Z");
    static final Instant THU_NOON = Instant.parse("2026-03-05T12:00:00Z");
    static final Instant FRI_AT = Instant.parse("2026-03-06T17:00:00Z");
    static final Instant NEXT_MON_AT = Instant.parse("2026-03-09T17:00:00Z");
    static final Instant NEXT_WED_AT = Instant.parse("2026-03-11T17:00:00Z");
    static final int JOINT_MINUTES = 90;
    static final int INDIVIDUAL_MINUTES = 60;

    static final Instant PAUSED_AT = TUE_NOON;
    static final LocalDate REVIEW_ON = LocalDate.parse("2026-03-20");
    /** The start of the review day in the clinic's zone (New York, daylight time by then). */
    static final Instant REVIEW_DUE_AT = Instant.parse("2026-03-20T04:00:00Z");

    /** When attendance of a session starting at {@code start} is recorded: right after it ended. */
    static Instant after(Instant start) {
        return start.plus(Duration.ofHours(2));
    }

    static Instant plusMinutes(Instant instant, long minutes) {
        return instant.plus(Duration.ofMinutes(minutes));
    }

    // --- members ---------------------------------------------------------------------------------

    static Member adult(ParticipantId id, String name, MemberRole role) {
        return new Member(id, name, role, false, List.of());
    }

    static Member minor(ParticipantId id, String name, MemberRole role, ParticipantId... guardians) {
        return new Member(id, name, role, true, List.of(guardians));
    }

    static List<Member> couple() {
        return List.of(ALEX_PARTNER, SAM_PARTNER);
    }

    static List<Member> family() {
        return List.of(MORGAN_PARENT, JORDAN_PARENT, RILEY_ADOLESCENT, KAI_CHILD);
    }

    /** A family whose adults are partners, so couples therapy is part of the family's plan. */
    static List<Member> blendedFamily() {
        return List.of(adult(MORGAN, "Morgan", MemberRole.PARTNER), adult(JORDAN, "Jordan", MemberRole.PARTNER),
                RILEY_ADOLESCENT);
    }

    // --- events ----------------------------------------------------------------------------------

    static TreatmentPlanOpened coupleOpened() {
        return new TreatmentPlanOpened(PLAN, UnitKind.COUPLE, couple(), CLINICIAN, LevelOfCare.IOP_ADULT, OPENED_AT);
    }

    static TreatmentPlanOpened familyOpened() {
        return new TreatmentPlanOpened(PLAN, UnitKind.FAMILY, family(), CLINICIAN, LevelOfCare.IOP_ADOLESCENT,
                OPENED_AT);
    }

    static TreatmentPlanOpened blendedFamilyOpened() {
        return new TreatmentPlanOpened(PLAN, UnitKind.FAMILY, blendedFamily(), CLINICIAN,
                LevelOfCare.IOP_ADOLESCENT, OPENED_AT);
    }

    static SessionScheduled scheduled(SessionId session, SessionKind kind, Instant startsAt, int minutes,
                                      ParticipantId... participants) {
        return new SessionScheduled(PLAN, session, kind, startsAt, minutes, CLINICIAN, List.of(participants),
                LocationMode.SAME_LOCATION, null, null);
    }

    static SessionScheduled jointScheduled(SessionId session, Instant startsAt) {
        return scheduled(session, SessionKind.COUPLES, startsAt, JOINT_MINUTES, ALEX, SAM);
    }

    static SessionScheduled individualScheduled(SessionId session, Instant startsAt, ParticipantId who) {
        return scheduled(session, SessionKind.INDIVIDUAL, startsAt, INDIVIDUAL_MINUTES, who);
    }

    static SessionScheduled makeupScheduled(SessionId session, Instant startsAt, SessionId missed,
                                            ParticipantId who) {
        return new SessionScheduled(PLAN, session, SessionKind.INDIVIDUAL, startsAt, INDIVIDUAL_MINUTES, CLINICIAN,
                List.of(who), LocationMode.SAME_LOCATION, missed, null);
    }

    static SessionCancelled cancelled(SessionId session, CancellationReason reason, Instant at) {
        return new SessionCancelled(PLAN, session, reason, at);
    }

    static JointAttendanceRecorded jointAttended(SessionId session, Instant at) {
        return new JointAttendanceRecorded(PLAN, session, List.of(ALEX, SAM), CLINICIAN, at);
    }

    static SoloAttendanceRecorded soloAttended(SessionId session, ParticipantId attending, ParticipantId absent,
                                               Instant at) {
        return new SoloAttendanceRecorded(PLAN, session, attending, absent, AbsenceReason.SCHEDULING_CONFLICT, null,
                TherapistJudgement.ABSENCE_DOES_NOT_HINDER_PROGRESS, AdjustedFocus.RELAPSE_PREVENTION, CLINICIAN, at);
    }

    static AttendanceRecorded attendanceRecorded(SessionId session, Instant at, ParticipantAttendance... entries) {
        return new AttendanceRecorded(PLAN, session, List.of(entries), CLINICIAN, at);
    }

    static ParticipantAttendance attended(ParticipantId who, int minutes) {
        return new ParticipantAttendance(who, AttendanceStatus.ATTENDED, null, null, null, minutes);
    }

    static ParticipantAttendance noShow(ParticipantId who) {
        return new ParticipantAttendance(who, AttendanceStatus.NO_SHOW, null, null, null, 0);
    }

    static ParticipantAttendance absent(ParticipantId who, AbsenceReason reason) {
        return new ParticipantAttendance(who, AttendanceStatus.ABSENT, null, null, reason, 0);
    }

    static MakeupSessionOffered makeupOffered(SessionId missed, ParticipantId absent) {
        return new MakeupSessionOffered(PLAN, missed, absent, CLINICIAN, after(MON_AT));
    }

    static MakeupSessionDeclined makeupDeclined(SessionId missed, ParticipantId absent) {
        return new MakeupSessionDeclined(PLAN, missed, absent, CLINICIAN, TUE_NOON);
    }

    static CouplesTherapyPaused paused(JointSessionHandling handling) {
        return new CouplesTherapyPaused(PLAN, PauseReason.EMOTIONAL_SAFETY, REVIEW_ON, handling, CLINICIAN, PAUSED_AT);
    }

    static CouplesTherapyResumed resumed(Instant at) {
        return new CouplesTherapyResumed(PLAN, bothReady(), CLINICIAN, at);
    }

    static CouplesTherapyDiscontinued discontinued(Instant at) {
        return new CouplesTherapyDiscontinued(PLAN, DiscontinuationReason.CLINICAL_DECISION, CLINICIAN, at);
    }

    static JointParticipationExpectationSet stronglyEncouraged() {
        return new JointParticipationExpectationSet(PLAN, JointParticipation.STRONGLY_ENCOURAGED,
                JointParticipationReason.ACTIVE_CONFLICT, CLINICIAN, OPENED_AT);
    }

    static MemberLeft memberLeft(ParticipantId who, Instant at) {
        return new MemberLeft(PLAN, who, MemberLeaveReason.COMPLETED_PARTICIPATION, CLINICIAN, at);
    }

    static RecoveryGoalSet sharedGoalSet(GoalId goal) {
        return new RecoveryGoalSet(PLAN, goal, GoalScope.SHARED, null, "Weekly check-in without blame", CLINICIAN,
                OPENED_AT);
    }

    static TreatmentPlanDischarged discharged(Instant at) {
        return new TreatmentPlanDischarged(PLAN, referrals(), CLINICIAN, at);
    }

    static List<AftercareReferral> referrals() {
        return List.of(new AftercareReferral(AftercareKind.OUTPATIENT_THERAPY, "Weekly outpatient group"));
    }

    static List<PartnerReadiness> bothReady() {
        return List.of(new PartnerReadiness(ALEX, Readiness.READY),
                new PartnerReadiness(SAM, Readiness.READY_WITH_RESERVATIONS));
    }

    // --- commands --------------------------------------------------------------------------------

    static OpenTreatmentPlan openCouple() {
        return new OpenTreatmentPlan(PLAN, UnitKind.COUPLE, couple(), CLINICIAN, LevelOfCare.IOP_ADULT, OPENED_AT);
    }

    static OpenTreatmentPlan openFamily() {
        return new OpenTreatmentPlan(PLAN, UnitKind.FAMILY, family(), CLINICIAN, LevelOfCare.IOP_ADOLESCENT,
                OPENED_AT);
    }

    static OpenTreatmentPlan openBlendedFamily() {
        return new OpenTreatmentPlan(PLAN, UnitKind.FAMILY, blendedFamily(), CLINICIAN, LevelOfCare.IOP_ADOLESCENT,
                OPENED_AT);
    }

    static ScheduleJointSession scheduleJoint(SessionId session, Instant startsAt) {
        return new ScheduleJointSession(PLAN, session, startsAt, JOINT_MINUTES, CLINICIAN, List.of(ALEX, SAM),
                LocationMode.SAME_LOCATION);
    }

    static ScheduleSession scheduleSession(SessionId session, SessionKind kind, Instant startsAt, int minutes,
                                           ParticipantId... participants) {
        return new ScheduleSession(PLAN, session, kind, startsAt, minutes, CLINICIAN, List.of(participants),
                LocationMode.SAME_LOCATION, null);
    }

    static ScheduleSession scheduleIndividual(SessionId session, Instant startsAt, ParticipantId who) {
        return scheduleSession(session, SessionKind.INDIVIDUAL, startsAt, INDIVIDUAL_MINUTES, who);
    }

    static ScheduleSession scheduleMakeup(SessionId session, Instant startsAt, SessionId missed, ParticipantId who) {
        return new ScheduleSession(PLAN, session, SessionKind.INDIVIDUAL, startsAt, INDIVIDUAL_MINUTES, CLINICIAN,
                List.of(who), LocationMode.SAME_LOCATION, missed);
    }

    static RecordJointAttendance recordJoint(SessionId session, Instant at) {
        return new RecordJointAttendance(PLAN, session, CLINICIAN, at);
    }

    static RecordSoloAttendance recordSolo(SessionId session, ParticipantId attending, ParticipantId absent,
                                           Instant at) {
        return new RecordSoloAttendance(PLAN, session, attending, absent, AbsenceReason.SCHEDULING_CONFLICT, null,
                TherapistJudgement.ABSENCE_DOES_NOT_HINDER_PROGRESS, AdjustedFocus.RELAPSE_PREVENTION, CLINICIAN, at);
    }

    static RecordAttendance recordAttendance(SessionId session, Instant at, AttendanceEntry... entries) {
        return new RecordAttendance(PLAN, session, List.of(entries), CLINICIAN, at);
    }

    static AttendanceEntry attendedEntry(ParticipantId who) {
        return new AttendanceEntry(who, AttendanceStatus.ATTENDED, null, null, null);
    }

    static AttendanceEntry lateEntry(ParticipantId who, int minutesLate) {
        return new AttendanceEntry(who, AttendanceStatus.LATE, minutesLate, null, null);
    }

    static AttendanceEntry leftEarlyEntry(ParticipantId who, int minutesLeftEarly) {
        return new AttendanceEntry(who, AttendanceStatus.LEFT_EARLY, null, minutesLeftEarly, null);
    }

    static AttendanceEntry absentEntry(ParticipantId who, AbsenceReason reason) {
        return new AttendanceEntry(who, AttendanceStatus.ABSENT, null, null, reason);
    }

    static AttendanceEntry noShowEntry(ParticipantId who) {
        return new AttendanceEntry(who, AttendanceStatus.NO_SHOW, null, null, null);
    }

    static PauseCouplesTherapy pause(JointSessionHandling handling) {
        return new PauseCouplesTherapy(PLAN, PauseReason.EMOTIONAL_SAFETY, REVIEW_ON, REVIEW_DUE_AT, handling,
                CLINICIAN, PAUSED_AT);
    }

    static ResumeCouplesTherapy resume(Instant at, PartnerReadiness... readiness) {
        return new ResumeCouplesTherapy(PLAN, List.of(readiness), CLINICIAN, at);
    }

    static ResumeCouplesTherapy resumeBothReady(Instant at) {
        return new ResumeCouplesTherapy(PLAN, bothReady(), CLINICIAN, at);
    }

    static DiscontinueCouplesTherapy discontinue(Instant at) {
        return new DiscontinueCouplesTherapy(PLAN, DiscontinuationReason.CLINICAL_DECISION, CLINICIAN, at);
    }

    static DischargeTreatmentPlan discharge(Instant at) {
        return new DischargeTreatmentPlan(PLAN, referrals(), CLINICIAN, at);
    }
}
