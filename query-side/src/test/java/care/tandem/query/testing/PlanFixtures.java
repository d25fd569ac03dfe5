package care.tandem.query.testing;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.DisclosureId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AdjustedFocus;
import care.tandem.events.plan.AttendanceCorrected;
import care.tandem.events.plan.AttendanceRecorded;
import care.tandem.events.plan.AttendanceStatus;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.ConcernTrigger;
import care.tandem.events.plan.CouplesTherapyDiscontinued;
import care.tandem.events.plan.CouplesTherapyPauseReviewDue;
import care.tandem.events.plan.CouplesTherapyPaused;
import care.tandem.events.plan.CouplesTherapyResumed;
import care.tandem.events.plan.DiscontinuationReason;
import care.tandem.events.plan.JointAttendanceRecorded;
import care.tandem.events.plan.JointSessionHandling;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.LevelOfCareChangeReason;
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
import care.tandem.events.plan.PartnersInformedOfAbsence;
import care.tandem.events.plan.PauseReason;
import care.tandem.events.plan.SessionCancelled;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.SessionRescheduled;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.events.plan.SessionSummaryOffered;
import care.tandem.events.plan.SessionSummaryShared;
import care.tandem.events.plan.SoloAttendanceRecorded;
import care.tandem.events.plan.TherapistJudgement;
import care.tandem.events.plan.TreatmentPlanDischarged;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.events.plan.UnitKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One couple's plan, its clinician, and the events the command side records for it. Avery and Jordan are the
 * partners; when one of them is absent, it is Jordan.
 */
public final class PlanFixtures {

    public static final PlanId PLAN = PlanId.of("plan-7");
    public static final ParticipantId AVERY = ParticipantId.of("p-avery");
    public static final ParticipantId JORDAN = ParticipantId.of("p-jordan");
    public static final String AVERY_NAME = "Avery Quinn";
    public static final String JORDAN_NAME = "Jordan Quinn";
    /** The couple's child, who joins the plan later. */
    public static final ParticipantId RILEY = ParticipantId.of("p-riley");
    public static final ClinicianId CLINICIAN = ClinicianId.of("c-lee");
    public static final Instant RECORDED_AT = Instant.parse("2026-03-01T09:00:00Z");
    public static final LocalDate REVIEW_ON = LocalDate.parse("2026-04-01");
    public static final int DURATION_MINUTES = 60;

    private PlanFixtures() {
    }

    public static TreatmentPlanOpened opened() {
        return new TreatmentPlanOpened(PLAN, UnitKind.COUPLE,
                                       List.of(partner(AVERY, AVERY_NAME), partner(JORDAN, JORDAN_NAME)),
                                       CLINICIAN, LevelOfCare.IOP_ADULT, RECORDED_AT);
    }

    public static Member partner(ParticipantId participant, String displayName) {
        return new Member(participant, displayName, MemberRole.PARTNER, false, List.of());
    }

    public static Member riley() {
        return new Member(RILEY, "Riley Quinn", MemberRole.ADOLESCENT, true, List.of(AVERY, JORDAN));
    }

    public static MemberAdded added(Member member) {
        return new MemberAdded(PLAN, member, CLINICIAN, RECORDED_AT);
    }

    public static MemberLeft left(ParticipantId participant) {
        return new MemberLeft(PLAN, participant, MemberLeaveReason.WITHDREW, CLINICIAN, RECORDED_AT);
    }

    public static LevelOfCareChanged steppedUpToPartialHospitalization() {
        return new LevelOfCareChanged(PLAN, LevelOfCare.IOP_ADULT, LevelOfCare.PHP,
                                      LevelOfCareChangeReason.CLINICAL_STEP_UP, CLINICIAN, RECORDED_AT);
    }

    /** A joint session: a couples session both partners are expected at. */
    public static SessionScheduled scheduled(String sessionId, String startsAt) {
        return scheduled(sessionId, SessionKind.COUPLES, startsAt, List.of(AVERY, JORDAN), null, null);
    }

    public static SessionScheduled scheduled(String sessionId, SessionKind kind, String startsAt,
                                             List<ParticipantId> participants, String makeupFor,
                                             String convertedFrom) {
        return new SessionScheduled(PLAN, SessionId.of(sessionId), kind, Instant.parse(startsAt), DURATION_MINUTES,
                                    CLINICIAN, participants, LocationMode.SEPARATE_LOCATIONS, idOrNull(makeupFor),
                                    idOrNull(convertedFrom));
    }

    /** An individual session for Jordan, making up for the joint session Jordan missed. */
    public static SessionScheduled makeupScheduled(String sessionId, String startsAt, String missedSessionId) {
        return scheduled(sessionId, SessionKind.INDIVIDUAL, startsAt, List.of(JORDAN), missedSessionId, null);
    }

    public static SessionRescheduled rescheduled(String sessionId, String startsAt, int durationMinutes) {
        return new SessionRescheduled(PLAN, SessionId.of(sessionId), Instant.parse(startsAt), durationMinutes,
                                      CLINICIAN, RECORDED_AT);
    }

    public static SessionCancelled cancelled(String sessionId) {
        return new SessionCancelled(PLAN, SessionId.of(sessionId), CancellationReason.COUPLES_THERAPY_PAUSED,
                                    RECORDED_AT);
    }

    public static JointAttendanceRecorded attendedTogether(String sessionId) {
        return new JointAttendanceRecorded(PLAN, SessionId.of(sessionId), List.of(AVERY, JORDAN), CLINICIAN,
                                           RECORDED_AT);
    }

    /** Avery attends alone; Jordan is absent. */
    public static SoloAttendanceRecorded jordanAbsent(String sessionId, AbsenceReason reason, String detail) {
        return new SoloAttendanceRecorded(PLAN, SessionId.of(sessionId), AVERY, JORDAN, reason, detail,
                                          TherapistJudgement.ABSENCE_HINDERS_PROGRESS,
                                          AdjustedFocus.RELAPSE_PREVENTION, CLINICIAN, RECORDED_AT);
    }

    public static AttendanceRecorded attendance(String sessionId, ParticipantAttendance... attendance) {
        return new AttendanceRecorded(PLAN, SessionId.of(sessionId), List.of(attendance), CLINICIAN, RECORDED_AT);
    }

    public static ParticipantAttendance present(ParticipantId participant) {
        return new ParticipantAttendance(participant, AttendanceStatus.ATTENDED, null, null, null, DURATION_MINUTES);
    }

    public static ParticipantAttendance late(ParticipantId participant, int minutesLate) {
        return new ParticipantAttendance(participant, AttendanceStatus.LATE, minutesLate, null, null,
                                         DURATION_MINUTES - minutesLate);
    }

    public static ParticipantAttendance absent(ParticipantId participant, AbsenceReason reason) {
        return new ParticipantAttendance(participant, AttendanceStatus.ABSENT, null, null, reason, 0);
    }

    public static ParticipantAttendance noShow(ParticipantId participant) {
        return new ParticipantAttendance(participant, AttendanceStatus.NO_SHOW, null, null, null, 0);
    }

    public static AttendanceCorrected corrected(String sessionId, ParticipantAttendance corrected, String reason) {
        return new AttendanceCorrected(PLAN, SessionId.of(sessionId), corrected, reason, CLINICIAN, RECORDED_AT);
    }

    public static PartnersInformedOfAbsence partnersInformed(String sessionId) {
        return new PartnersInformedOfAbsence(PLAN, SessionId.of(sessionId), CLINICIAN, RECORDED_AT);
    }

    public static SessionSummaryOffered summaryOfferedToJordan(String sessionId) {
        return new SessionSummaryOffered(PLAN, SessionId.of(sessionId), JORDAN, CLINICIAN, RECORDED_AT);
    }

    /** The summary shared with Jordan under Avery's consent, as one disclosure. */
    public static SessionSummaryShared summarySharedWithJordan(String sessionId) {
        return new SessionSummaryShared(PLAN, SessionId.of(sessionId), JORDAN,
                List.of(DisclosureId.of("d-" + sessionId)), CLINICIAN, RECORDED_AT);
    }

    public static MakeupSessionOffered makeupOfferedToJordan(String missedSessionId) {
        return new MakeupSessionOffered(PLAN, SessionId.of(missedSessionId), JORDAN, CLINICIAN, RECORDED_AT);
    }

    public static MakeupSessionDeclined makeupDeclinedByJordan(String missedSessionId) {
        return new MakeupSessionDeclined(PLAN, SessionId.of(missedSessionId), JORDAN, CLINICIAN, RECORDED_AT);
    }

    public static MakeupSessionAttended makeupAttendedByJordan(String missedSessionId, String makeupSessionId) {
        return new MakeupSessionAttended(PLAN, SessionId.of(missedSessionId), SessionId.of(makeupSessionId), JORDAN,
                                         RECORDED_AT);
    }

    public static ParticipationConcernRaised concernAboutJordan(String sessionId) {
        return new ParticipationConcernRaised(PLAN, JORDAN, SessionId.of(sessionId),
                                              ConcernTrigger.SECOND_CONSECUTIVE_MISS, RECORDED_AT);
    }

    public static CouplesTherapyPaused paused() {
        return paused(JointSessionHandling.CANCEL);
    }

    public static CouplesTherapyPaused paused(JointSessionHandling handling) {
        return new CouplesTherapyPaused(PLAN, PauseReason.EMOTIONAL_SAFETY, REVIEW_ON, handling, CLINICIAN,
                                        RECORDED_AT);
    }

    public static CouplesTherapyPauseReviewDue reviewDue(LocalDate reviewOn) {
        return new CouplesTherapyPauseReviewDue(PLAN, reviewOn, RECORDED_AT);
    }

    public static CouplesTherapyResumed resumed() {
        return new CouplesTherapyResumed(PLAN, List.of(), CLINICIAN, RECORDED_AT);
    }

    public static CouplesTherapyDiscontinued discontinued() {
        return new CouplesTherapyDiscontinued(PLAN, DiscontinuationReason.SEPARATION, CLINICIAN, RECORDED_AT);
    }

    public static TreatmentPlanDischarged discharged() {
        return new TreatmentPlanDischarged(PLAN, List.of(), CLINICIAN, RECORDED_AT);
    }

    private static SessionId idOrNull(String sessionId) {
        return sessionId == null ? null : SessionId.of(sessionId);
    }
}
