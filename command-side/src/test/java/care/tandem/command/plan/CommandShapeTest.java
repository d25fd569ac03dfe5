package care.tandem.command.plan;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AdjustedFocus;
import care.tandem.events.plan.AftercareKind;
import care.tandem.events.plan.AftercareReferral;
import care.tandem.events.plan.AttendanceStatus;
import care.tandem.events.plan.GoalScope;
import care.tandem.events.plan.JointParticipation;
import care.tandem.events.plan.JointParticipationReason;
import care.tandem.events.plan.JointSessionHandling;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.Member;
import care.tandem.events.plan.MemberRole;
import care.tandem.events.plan.PartnerReadiness;
import care.tandem.events.plan.PauseReason;
import care.tandem.events.plan.Readiness;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.TherapistJudgement;
import care.tandem.events.plan.UnitKind;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static care.tandem.command.plan.PlanTestData.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Malformed commands cannot be built: each refusal is an InvalidCommandException naming the field to fix. */
class CommandShapeTest {

    static final Instant NOW = TUE_NOON;

    static void assertInvalid(ThrowingCallable building, String field) {
        assertThatThrownBy(building)
                .isInstanceOf(InvalidCommandException.class)
                .extracting(e -> ((InvalidCommandException) e).field())
                .isEqualTo(field);
    }

    static OpenTreatmentPlan open(UnitKind kind, Member... members) {
        return new OpenTreatmentPlan(PLAN, kind, List.of(members), CLINICIAN, LevelOfCare.IOP_ADULT, NOW);
    }

    @Nested
    class OpeningAPlan {

        @Test
        void everyPartOfThePlanIsRequired() {
            assertInvalid(() -> new OpenTreatmentPlan(null, UnitKind.COUPLE, couple(), CLINICIAN,
                    LevelOfCare.IOP_ADULT, NOW), "planId");
            assertInvalid(() -> new OpenTreatmentPlan(PLAN, null, couple(), CLINICIAN, LevelOfCare.IOP_ADULT, NOW),
                    "unitKind");
            assertInvalid(() -> new OpenTreatmentPlan(PLAN, UnitKind.COUPLE, null, CLINICIAN, LevelOfCare.IOP_ADULT,
                    NOW), "members");
            assertInvalid(() -> new OpenTreatmentPlan(PLAN, UnitKind.COUPLE, couple(), null, LevelOfCare.IOP_ADULT,
                    NOW), "primaryClinicianId");
            assertInvalid(() -> new OpenTreatmentPlan(PLAN, UnitKind.COUPLE, couple(), CLINICIAN, null, NOW),
                    "levelOfCare");
            assertInvalid(() -> new OpenTreatmentPlan(PLAN, UnitKind.COUPLE, couple(), CLINICIAN,
                    LevelOfCare.IOP_ADULT, null), "openedAt");
        }

        @Test
        void eachMemberHasAnIdANameAndARole() {
            List<Member> withNull = new ArrayList<>();
            withNull.add(ALEX_PARTNER);
            withNull.add(null);
            assertInvalid(() -> new OpenTreatmentPlan(PLAN, UnitKind.COUPLE, withNull, CLINICIAN,
                    LevelOfCare.IOP_ADULT, NOW), "members[1]");
            assertInvalid(() -> open(UnitKind.COUPLE, ALEX_PARTNER,
                    new Member(null, "Sam", MemberRole.PARTNER, false, List.of())), "members[1].participantId");
            assertInvalid(() -> open(UnitKind.COUPLE, ALEX_PARTNER,
                    new Member(SAM, "  ", MemberRole.PARTNER, false, List.of())), "members[1].displayName");
            assertInvalid(() -> open(UnitKind.COUPLE, ALEX_PARTNER,
                    new Member(SAM, null, MemberRole.PARTNER, false, List.of())), "members[1].displayName");
            assertInvalid(() -> open(UnitKind.COUPLE, ALEX_PARTNER,
                    new Member(SAM, "S".repeat(101), MemberRole.PARTNER, false, List.of())),
                    "members[1].displayName");
            assertInvalid(() -> open(UnitKind.COUPLE, ALEX_PARTNER, new Member(SAM, "Sam", null, false, List.of())),
                    "members[1].role");
        }

        @Test
        void aDisplayNameIsTrimmedAndMayBeAHundredCharactersLong() {
            OpenTreatmentPlan command = open(UnitKind.COUPLE,
                    new Member(ALEX, "  Alex  ", MemberRole.PARTNER, false, null),
                    new Member(SAM, "S".repeat(100), MemberRole.PARTNER, false, List.of()));
            assertThat(command.members().get(0)).isEqualTo(ALEX_PARTNER);
            assertThat(command.members().get(1).displayName()).hasSize(100);
        }

        @Test
        void aUnitHasAtLeastTwoDistinctMembers() {
            assertInvalid(() -> open(UnitKind.FAMILY, MORGAN_PARENT), "members");
            assertInvalid(() -> open(UnitKind.FAMILY, MORGAN_PARENT, adult(MORGAN, "Morgan again",
                    MemberRole.PARENT)), "members");
        }

        @Test
        void aCouplesPlanHasExactlyTwoAdultPartners() {
            assertInvalid(() -> open(UnitKind.COUPLE, ALEX_PARTNER, SAM_PARTNER,
                    adult(MORGAN, "Morgan", MemberRole.PARTNER)), "members");
            assertInvalid(() -> open(UnitKind.COUPLE, ALEX_PARTNER, adult(SAM, "Sam", MemberRole.OTHER_FAMILY)),
                    "members");
            assertInvalid(() -> open(UnitKind.COUPLE, ALEX_PARTNER, minor(SAM, "Sam", MemberRole.PARTNER, ALEX)),
                    "members");
        }

        @Test
        void aFamilyMayHaveAnyRolesAndMinorsWithGuardians() {
            assertThat(open(UnitKind.FAMILY, MORGAN_PARENT, JORDAN_PARENT, RILEY_ADOLESCENT, KAI_CHILD).members())
                    .containsExactly(MORGAN_PARENT, JORDAN_PARENT, RILEY_ADOLESCENT, KAI_CHILD);
        }

        @Test
        void aMinorNeedsAGuardianAndOnlyAMinorHasGuardians() {
            assertInvalid(() -> open(UnitKind.FAMILY, MORGAN_PARENT, minor(KAI, "Kai", MemberRole.CHILD)),
                    "members[1].guardians");
            assertInvalid(() -> open(UnitKind.FAMILY, MORGAN_PARENT,
                    new Member(JORDAN, "Jordan", MemberRole.PARENT, false, List.of(MORGAN))), "members[1].guardians");
        }

        @Test
        void aMinorsGuardiansAreDistinctOthers() {
            assertInvalid(() -> open(UnitKind.FAMILY, MORGAN_PARENT, minor(KAI, "Kai", MemberRole.CHILD, MORGAN,
                    MORGAN)), "members[1].guardians");
            assertInvalid(() -> open(UnitKind.FAMILY, MORGAN_PARENT, minor(KAI, "Kai", MemberRole.CHILD, KAI)),
                    "members[1].guardians");
        }

        @Test
        void aMinorsGuardiansAreAdultMembersOfTheSamePlan() {
            assertInvalid(() -> open(UnitKind.FAMILY, MORGAN_PARENT, minor(KAI, "Kai", MemberRole.CHILD, STRANGER)),
                    "members[1].guardians");
            assertInvalid(() -> open(UnitKind.FAMILY, MORGAN_PARENT,
                    minor(RILEY, "Riley", MemberRole.ADOLESCENT, MORGAN), minor(KAI, "Kai", MemberRole.CHILD, RILEY)),
                    "members[2].guardians");
        }
    }

    @Nested
    class AddingAMember {

        @Test
        void theNewMemberIsCheckedLikeAnOpeningMember() {
            assertInvalid(() -> new AddMember(PLAN, null, CLINICIAN, NOW), "member");
            assertInvalid(() -> new AddMember(PLAN, new Member(STRANGER, " ", MemberRole.OTHER_FAMILY, false, null),
                    CLINICIAN, NOW), "member.displayName");
            assertInvalid(() -> new AddMember(PLAN, minor(STRANGER, "Robin", MemberRole.CHILD), CLINICIAN, NOW),
                    "member.guardians");
            assertInvalid(() -> new AddMember(PLAN, minor(STRANGER, "Robin", MemberRole.CHILD, STRANGER), CLINICIAN,
                    NOW), "member.guardians");
            assertInvalid(() -> new AddMember(null, MORGAN_PARENT, CLINICIAN, NOW), "planId");
            assertInvalid(() -> new AddMember(PLAN, MORGAN_PARENT, null, NOW), "addedBy");
            assertInvalid(() -> new AddMember(PLAN, MORGAN_PARENT, CLINICIAN, null), "addedAt");
        }
    }

    @Nested
    class SchedulingASession {

        static ScheduleSession session(SessionKind kind, int minutes, List<ParticipantId> participants) {
            return new ScheduleSession(PLAN, WED, kind, WED_AT, minutes, CLINICIAN, participants,
                    LocationMode.SAME_LOCATION, null);
        }

        @Test
        void everyPartOfASessionIsRequired() {
            assertInvalid(() -> new ScheduleSession(null, WED, SessionKind.FAMILY, WED_AT, 60, CLINICIAN,
                    List.of(ALEX), LocationMode.SAME_LOCATION, null), "planId");
            assertInvalid(() -> new ScheduleSession(PLAN, null, SessionKind.FAMILY, WED_AT, 60, CLINICIAN,
                    List.of(ALEX), LocationMode.SAME_LOCATION, null), "sessionId");
            assertInvalid(() -> new ScheduleSession(PLAN, WED, null, WED_AT, 60, CLINICIAN,
                    List.of(ALEX), LocationMode.SAME_LOCATION, null), "kind");
            assertInvalid(() -> new ScheduleSession(PLAN, WED, SessionKind.FAMILY, null, 60, CLINICIAN,
                    List.of(ALEX), LocationMode.SAME_LOCATION, null), "startsAt");
            assertInvalid(() -> new ScheduleSession(PLAN, WED, SessionKind.FAMILY, WED_AT, 60, null,
                    List.of(ALEX), LocationMode.SAME_LOCATION, null), "clinicianId");
            assertInvalid(() -> new ScheduleSession(PLAN, WED, SessionKind.FAMILY, WED_AT, 60, CLINICIAN,
                    null, LocationMode.SAME_LOCATION, null), "participantIds");
            assertInvalid(() -> new ScheduleSession(PLAN, WED, SessionKind.FAMILY, WED_AT, 60, CLINICIAN,
                    List.of(ALEX), null, null), "locationMode");
        }

        @Test
        void aSessionLastsFromOneMinuteToAFourHourBlock() {
            assertInvalid(() -> session(SessionKind.FAMILY, 0, List.of(ALEX)), "durationMinutes");
            assertInvalid(() -> session(SessionKind.FAMILY, 241, List.of(ALEX)), "durationMinutes");
            assertThat(session(SessionKind.FAMILY, 1, List.of(ALEX)).durationMinutes()).isEqualTo(1);
            assertThat(session(SessionKind.FAMILY, 240, List.of(ALEX)).durationMinutes()).isEqualTo(240);
        }

        @Test
        void aSessionHasDistinctParticipantsAndAnIndividualOneExactlyOne() {
            assertInvalid(() -> session(SessionKind.FAMILY, 60, List.of()), "participantIds");
            assertInvalid(() -> session(SessionKind.FAMILY, 60, List.of(ALEX, ALEX)), "participantIds");
            assertInvalid(() -> session(SessionKind.INDIVIDUAL, 60, List.of(ALEX, SAM)), "participantIds");
            assertThat(session(SessionKind.INDIVIDUAL, 60, List.of(ALEX)).participants()).containsExactly(ALEX);
        }

        @Test
        void aMakeupSessionNamesTheMissedSessionAndOtherSessionsNone() {
            assertThat(scheduleMakeup(MAKEUP, THU_NOON, MON, SAM).makeupFor()).isEqualTo(MON);
            assertThat(scheduleIndividual(WED, WED_AT, SAM).makeupFor()).isNull();
        }
    }

    @Nested
    class SchedulingAJointSession {

        static ScheduleJointSession joint(List<ParticipantId> expected) {
            return new ScheduleJointSession(PLAN, WED, WED_AT, JOINT_MINUTES, CLINICIAN, expected,
                    LocationMode.SAME_LOCATION);
        }

        @Test
        void aJointSessionExpectsBothPartners() {
            assertInvalid(() -> joint(null), "expectedParticipantIds");
            assertInvalid(() -> joint(List.of(ALEX)), "expectedParticipantIds");
            assertInvalid(() -> joint(List.of(ALEX, SAM, MORGAN)), "expectedParticipantIds");
        }

        @Test
        void aJointSessionIsCheckedLikeAnyOtherSession() {
            assertInvalid(() -> new ScheduleJointSession(null, WED, WED_AT, 90, CLINICIAN, List.of(ALEX, SAM),
                    LocationMode.SAME_LOCATION), "planId");
            assertInvalid(() -> new ScheduleJointSession(PLAN, null, WED_AT, 90, CLINICIAN, List.of(ALEX, SAM),
                    LocationMode.SAME_LOCATION), "sessionId");
            assertInvalid(() -> new ScheduleJointSession(PLAN, WED, null, 90, CLINICIAN, List.of(ALEX, SAM),
                    LocationMode.SAME_LOCATION), "startsAt");
            assertInvalid(() -> new ScheduleJointSession(PLAN, WED, WED_AT, 0, CLINICIAN, List.of(ALEX, SAM),
                    LocationMode.SAME_LOCATION), "durationMinutes");
            assertInvalid(() -> new ScheduleJointSession(PLAN, WED, WED_AT, 241, CLINICIAN, List.of(ALEX, SAM),
                    LocationMode.SAME_LOCATION), "durationMinutes");
            assertInvalid(() -> new ScheduleJointSession(PLAN, WED, WED_AT, 90, null, List.of(ALEX, SAM),
                    LocationMode.SAME_LOCATION), "clinicianId");
            assertInvalid(() -> new ScheduleJointSession(PLAN, WED, WED_AT, 90, CLINICIAN, List.of(ALEX, SAM),
                    null), "locationMode");
        }

        @Test
        void aJointSessionIsACouplesSessionOfTheExpectedPartners() {
            ScheduleSession session = joint(List.of(SAM, ALEX)).asSession();
            assertThat(session.kind()).isEqualTo(SessionKind.COUPLES);
            assertThat(session.participants()).containsExactly(SAM, ALEX);
            assertThat(session.makeupFor()).isNull();
        }

        @Test
        void aJointSessionNamingOnePartnerTwiceNamesTheExpectedParticipantsField() {
            assertInvalid(() -> joint(List.of(ALEX, ALEX)), "expectedParticipantIds");
        }
    }

    @Nested
    class RecordingAttendance {

        @Test
        void minutesLateAreRecordedForLateOnly() {
            assertInvalid(() -> new AttendanceEntry(ALEX, AttendanceStatus.LATE, null, null, null),
                    "attendance[].minutesLate");
            assertInvalid(() -> new AttendanceEntry(ALEX, AttendanceStatus.ATTENDED, 5, null, null),
                    "attendance[].minutesLate");
            assertInvalid(() -> new AttendanceEntry(ALEX, AttendanceStatus.LATE, 0, null, null),
                    "attendance[].minutesLate");
        }

        @Test
        void minutesLeftEarlyAreRecordedForLeftEarlyOnly() {
            assertInvalid(() -> new AttendanceEntry(ALEX, AttendanceStatus.LEFT_EARLY, null, null, null),
                    "attendance[].minutesLeftEarly");
            assertInvalid(() -> new AttendanceEntry(ALEX, AttendanceStatus.LATE, 5, 5, null),
                    "attendance[].minutesLeftEarly");
            assertInvalid(() -> new AttendanceEntry(ALEX, AttendanceStatus.LEFT_EARLY, null, 0, null),
                    "attendance[].minutesLeftEarly");
        }

        @Test
        void anAbsenceReasonIsRecordedForAbsentOnly() {
            assertInvalid(() -> new AttendanceEntry(ALEX, AttendanceStatus.ABSENT, null, null, null),
                    "attendance[].absenceReason");
            assertInvalid(() -> new AttendanceEntry(ALEX, AttendanceStatus.NO_SHOW, null, null,
                    AbsenceReason.OTHER), "attendance[].absenceReason");
        }

        @Test
        void anEntryNamesAParticipantAndAStatus() {
            assertInvalid(() -> new AttendanceEntry(null, AttendanceStatus.ATTENDED, null, null, null),
                    "attendance[].participantId");
            assertInvalid(() -> new AttendanceEntry(ALEX, null, null, null, null), "attendance[].status");
        }

        @Test
        void attendedMinutesFollowFromTheStatus() {
            assertThat(attendedEntry(ALEX).attendedMinutesOf(90)).isEqualTo(90);
            assertThat(lateEntry(ALEX, 15).attendedMinutesOf(90)).isEqualTo(75);
            assertThat(leftEarlyEntry(ALEX, 20).attendedMinutesOf(90)).isEqualTo(70);
            assertThat(absentEntry(ALEX, AbsenceReason.SCHEDULING_CONFLICT).attendedMinutesOf(90)).isZero();
            assertThat(noShowEntry(ALEX).attendedMinutesOf(90)).isZero();
        }

        @Test
        void attendanceNamesEachParticipantOnce() {
            assertInvalid(() -> new RecordAttendance(PLAN, MON, null, CLINICIAN, NOW), "attendance");
            assertInvalid(() -> new RecordAttendance(PLAN, MON, List.of(), CLINICIAN, NOW), "attendance");
            assertInvalid(() -> new RecordAttendance(PLAN, MON, List.of(attendedEntry(ALEX), noShowEntry(ALEX)),
                    CLINICIAN, NOW), "attendance");
            assertInvalid(() -> new RecordAttendance(PLAN, MON, List.of(attendedEntry(ALEX)), null, NOW),
                    "recordedBy");
        }
    }

    @Nested
    class RecordingSoloAttendance {

        static RecordSoloAttendance solo(ParticipantId attending, ParticipantId absent, AbsenceReason reason,
                                         String detail, TherapistJudgement judgement, AdjustedFocus focus) {
            return new RecordSoloAttendance(PLAN, MON, attending, absent, reason, detail, judgement, focus, CLINICIAN,
                    NOW);
        }

        @Test
        void soloAttendanceNamesTwoDifferentPartners() {
            assertInvalid(() -> solo(null, SAM, AbsenceReason.SCHEDULING_CONFLICT, null,
                    TherapistJudgement.ABSENCE_DOES_NOT_HINDER_PROGRESS, AdjustedFocus.RELAPSE_PREVENTION),
                    "attendingPartnerId");
            assertInvalid(() -> solo(ALEX, null, AbsenceReason.SCHEDULING_CONFLICT, null,
                    TherapistJudgement.ABSENCE_DOES_NOT_HINDER_PROGRESS, AdjustedFocus.RELAPSE_PREVENTION),
                    "absentPartnerId");
            assertInvalid(() -> solo(ALEX, ALEX, AbsenceReason.SCHEDULING_CONFLICT, null,
                    TherapistJudgement.ABSENCE_DOES_NOT_HINDER_PROGRESS, AdjustedFocus.RELAPSE_PREVENTION),
                    "absentPartnerId");
        }

        @Test
        void anOtherReasonNeedsADetailOfAtMostFiveHundredCharacters() {
            assertInvalid(() -> solo(ALEX, SAM, AbsenceReason.OTHER, null,
                    TherapistJudgement.ABSENCE_DOES_NOT_HINDER_PROGRESS, AdjustedFocus.OTHER), "reasonDetail");
            assertInvalid(() -> solo(ALEX, SAM, AbsenceReason.OTHER, "   ",
                    TherapistJudgement.ABSENCE_DOES_NOT_HINDER_PROGRESS, AdjustedFocus.OTHER), "reasonDetail");
            assertInvalid(() -> solo(ALEX, SAM, AbsenceReason.OTHER, "x".repeat(501),
                    TherapistJudgement.ABSENCE_DOES_NOT_HINDER_PROGRESS, AdjustedFocus.OTHER), "reasonDetail");
            assertThat(solo(ALEX, SAM, AbsenceReason.OTHER, " Flat tyre ",
                    TherapistJudgement.ABSENCE_DOES_NOT_HINDER_PROGRESS, AdjustedFocus.OTHER).reasonDetail())
                    .isEqualTo("Flat tyre");
            assertThat(solo(ALEX, SAM, AbsenceReason.OTHER, "x".repeat(500),
                    TherapistJudgement.ABSENCE_DOES_NOT_HINDER_PROGRESS, AdjustedFocus.OTHER).reasonDetail())
                    .hasSize(500);
        }

        @Test
        void aDetailIsOnlyRecordedForAnOtherReason() {
            assertInvalid(() -> solo(ALEX, SAM, AbsenceReason.EMOTIONAL_OVERWHELM, "details",
                    TherapistJudgement.ABSENCE_DOES_NOT_HINDER_PROGRESS, AdjustedFocus.RELAPSE_PREVENTION),
                    "reasonDetail");
            assertInvalid(() -> solo(ALEX, SAM, null, null,
                    TherapistJudgement.ABSENCE_DOES_NOT_HINDER_PROGRESS, AdjustedFocus.RELAPSE_PREVENTION),
                    "absenceReason");
        }

        @Test
        void theTherapistsJudgementAndTheAdjustedFocusAreRequired() {
            assertInvalid(() -> solo(ALEX, SAM, AbsenceReason.SCHEDULING_CONFLICT, null, null,
                    AdjustedFocus.RELAPSE_PREVENTION), "therapistJudgement");
            assertInvalid(() -> solo(ALEX, SAM, AbsenceReason.SCHEDULING_CONFLICT, null,
                    TherapistJudgement.ABSENCE_HINDERS_PROGRESS, null), "adjustedFocus");
        }
    }

    @Nested
    class CorrectingAttendance {

        @Test
        void aCorrectionNamesTheCorrectedFactAndWhy() {
            assertInvalid(() -> new CorrectAttendance(PLAN, null, attendedEntry(ALEX), "why", CLINICIAN, NOW),
                    "sessionId");
            assertInvalid(() -> new CorrectAttendance(PLAN, MON, null, "why", CLINICIAN, NOW), "corrected");
            assertInvalid(() -> new CorrectAttendance(PLAN, MON, attendedEntry(ALEX), " ", CLINICIAN, NOW),
                    "correctionReason");
            assertInvalid(() -> new CorrectAttendance(PLAN, MON, attendedEntry(ALEX), "x".repeat(501), CLINICIAN,
                    NOW), "correctionReason");
            assertInvalid(() -> new CorrectAttendance(PLAN, MON, attendedEntry(ALEX), "why", null, NOW),
                    "correctedBy");
            assertInvalid(() -> new CorrectAttendance(PLAN, MON, attendedEntry(ALEX), "why", CLINICIAN, null),
                    "correctedAt");
            assertThat(new CorrectAttendance(PLAN, MON, attendedEntry(ALEX), "  Typo ", CLINICIAN, NOW)
                    .correctionReason()).isEqualTo("Typo");
        }
    }

    @Nested
    class CouplesTherapyStatus {

        static PauseCouplesTherapy pauseWith(PauseReason reason, Instant reviewDueAt, JointSessionHandling handling) {
            return new PauseCouplesTherapy(PLAN, reason, REVIEW_ON, reviewDueAt, handling, CLINICIAN, PAUSED_AT);
        }

        @Test
        void aPauseNamesItsReasonReviewAndWhatHappensToJointSessions() {
            assertInvalid(() -> pauseWith(null, REVIEW_DUE_AT, JointSessionHandling.CANCEL), "reason");
            assertInvalid(() -> pauseWith(PauseReason.SAFETY_CONCERN, null, JointSessionHandling.CANCEL),
                    "reviewDueAt");
            assertInvalid(() -> pauseWith(PauseReason.SAFETY_CONCERN, REVIEW_DUE_AT, null), "jointSessionHandling");
            assertInvalid(() -> new PauseCouplesTherapy(PLAN, PauseReason.SAFETY_CONCERN, null, REVIEW_DUE_AT,
                    JointSessionHandling.CANCEL, CLINICIAN, PAUSED_AT), "reviewOn");
            assertInvalid(() -> new PauseCouplesTherapy(PLAN, PauseReason.SAFETY_CONCERN, REVIEW_ON, REVIEW_DUE_AT,
                    JointSessionHandling.CANCEL, null, PAUSED_AT), "pausedBy");
            assertInvalid(() -> new PauseCouplesTherapy(PLAN, PauseReason.SAFETY_CONCERN, REVIEW_ON, REVIEW_DUE_AT,
                    JointSessionHandling.CANCEL, CLINICIAN, null), "pausedAt");
        }

        @Test
        void theReviewIsDueAfterThePauseBegan() {
            assertInvalid(() -> pauseWith(PauseReason.SAFETY_CONCERN, PAUSED_AT, JointSessionHandling.CANCEL),
                    "reviewOn");
            assertInvalid(() -> pauseWith(PauseReason.SAFETY_CONCERN, PAUSED_AT.minusSeconds(1),
                    JointSessionHandling.CANCEL), "reviewOn");
            assertThat(pauseWith(PauseReason.SAFETY_CONCERN, PAUSED_AT.plusSeconds(1),
                    JointSessionHandling.CONVERT_TO_INDIVIDUAL).reviewDueAt()).isAfter(PAUSED_AT);
        }

        @Test
        void resumingNamesEachPartnersReadinessOnce() {
            assertInvalid(() -> new ResumeCouplesTherapy(PLAN, null, CLINICIAN, NOW), "readiness");
            assertInvalid(() -> resume(NOW, new PartnerReadiness(null, Readiness.READY)),
                    "readiness[].participantId");
            assertInvalid(() -> resume(NOW, new PartnerReadiness(ALEX, null)), "readiness[].readiness");
            assertInvalid(() -> resume(NOW, new PartnerReadiness(ALEX, Readiness.READY),
                    new PartnerReadiness(ALEX, Readiness.NOT_READY)), "readiness");
            assertInvalid(() -> new ResumeCouplesTherapy(PLAN, bothReady(), null, NOW), "resumedBy");
            assertInvalid(() -> new ResumeCouplesTherapy(PLAN, bothReady(), CLINICIAN, null), "resumedAt");
        }

        @Test
        void strongEncouragementOfJointParticipationIsGivenAReasonAndVoluntaryParticipationNone() {
            assertInvalid(() -> new SetJointParticipationExpectation(PLAN, JointParticipation.STRONGLY_ENCOURAGED,
                    null, CLINICIAN, NOW), "reason");
            assertInvalid(() -> new SetJointParticipationExpectation(PLAN, JointParticipation.VOLUNTARY,
                    JointParticipationReason.ACTIVE_CONFLICT, CLINICIAN, NOW), "reason");
            assertInvalid(() -> new SetJointParticipationExpectation(PLAN, null, null, CLINICIAN, NOW),
                    "expectation");
            assertInvalid(() -> new SetJointParticipationExpectation(PLAN, JointParticipation.VOLUNTARY, null, null,
                    NOW), "setBy");
            assertInvalid(() -> new SetJointParticipationExpectation(PLAN, JointParticipation.VOLUNTARY, null,
                    CLINICIAN, null), "setAt");
        }
    }

    @Nested
    class GoalsAndDischarge {

        static SetRecoveryGoal goal(GoalScope scope, ParticipantId who, String description) {
            return new SetRecoveryGoal(PLAN, GOAL, scope, who, description, CLINICIAN, NOW);
        }

        @Test
        void anIndividualGoalNamesItsMemberAndASharedGoalNone() {
            assertInvalid(() -> goal(GoalScope.INDIVIDUAL, null, "Sleep routine"), "participantId");
            assertInvalid(() -> goal(GoalScope.SHARED, ALEX, "Sleep routine"), "participantId");
            assertInvalid(() -> goal(null, null, "Sleep routine"), "scope");
            assertInvalid(() -> new SetRecoveryGoal(PLAN, null, GoalScope.SHARED, null, "Sleep routine", CLINICIAN,
                    NOW), "goalId");
        }

        @Test
        void aGoalIsDescribedInAtMostAThousandCharacters() {
            assertInvalid(() -> goal(GoalScope.SHARED, null, " "), "description");
            assertInvalid(() -> goal(GoalScope.SHARED, null, "x".repeat(1001)), "description");
            assertThat(goal(GoalScope.SHARED, null, " Sleep routine ").description()).isEqualTo("Sleep routine");
            assertInvalid(() -> new ReviseRecoveryGoal(PLAN, GOAL, "", CLINICIAN, NOW), "description");
            assertInvalid(() -> new ReviseRecoveryGoal(PLAN, null, "Revised", CLINICIAN, NOW), "goalId");
        }

        @Test
        void eachAftercareReferralNamesItsKindAndDescribesIt() {
            assertInvalid(() -> new DischargeTreatmentPlan(PLAN, null, CLINICIAN, NOW), "aftercareReferrals");
            assertInvalid(() -> new DischargeTreatmentPlan(PLAN, List.of(new AftercareReferral(null, "Group")),
                    CLINICIAN, NOW), "aftercareReferrals[].kind");
            assertInvalid(() -> new DischargeTreatmentPlan(PLAN,
                    List.of(new AftercareReferral(AftercareKind.SUPPORT_GROUP, " ")), CLINICIAN, NOW),
                    "aftercareReferrals[].description");
            assertInvalid(() -> new DischargeTreatmentPlan(PLAN,
                    List.of(new AftercareReferral(AftercareKind.SUPPORT_GROUP, "x".repeat(501))), CLINICIAN, NOW),
                    "aftercareReferrals[].description");
            assertInvalid(() -> new DischargeTreatmentPlan(PLAN, referrals(), null, NOW), "dischargedBy");
            assertInvalid(() -> new DischargeTreatmentPlan(PLAN, referrals(), CLINICIAN, null), "dischargedAt");
            assertThat(new DischargeTreatmentPlan(PLAN,
                    List.of(new AftercareReferral(AftercareKind.SUPPORT_GROUP, " Tuesday group ")), CLINICIAN, NOW)
                    .aftercareReferrals())
                    .containsExactly(new AftercareReferral(AftercareKind.SUPPORT_GROUP, "Tuesday group"));
        }
    }

    @Nested
    class OtherCommands {

        @Test
        void theirPartsAreRequired() {
            assertInvalid(() -> new RecordMemberLeft(PLAN, null, null, CLINICIAN, NOW), "participantId");
            assertInvalid(() -> new RecordMemberLeft(PLAN, SAM, null, CLINICIAN, NOW), "reason");
            assertInvalid(() -> new ChangeLevelOfCare(PLAN, null, null, CLINICIAN, NOW), "newLevel");
            assertInvalid(() -> new ChangeLevelOfCare(PLAN, LevelOfCare.PHP, null, CLINICIAN, NOW), "reason");
            assertInvalid(() -> new RescheduleSession(PLAN, WED, null, 60, CLINICIAN, NOW), "startsAt");
            assertInvalid(() -> new RescheduleSession(PLAN, WED, WED_AT, 241, CLINICIAN, NOW), "durationMinutes");
            assertInvalid(() -> new CancelSession(PLAN, WED, null, CLINICIAN, NOW), "reason");
            assertInvalid(() -> new RecordJointAttendance(PLAN, null, CLINICIAN, NOW), "sessionId");
            assertInvalid(() -> new InformPartnersOfAbsence(PLAN, MON, null, NOW), "informedBy");
            assertInvalid(() -> new OfferSessionSummary(PLAN, MON, CLINICIAN, null), "offeredAt");
            assertInvalid(() -> new OfferMakeupSession(PLAN, null, CLINICIAN, NOW), "missedSessionId");
            assertInvalid(() -> new DeclineMakeupSession(PLAN, MON, CLINICIAN, null), "declinedAt");
            assertInvalid(() -> new DiscontinueCouplesTherapy(PLAN, null, CLINICIAN, NOW), "reason");
        }
    }
}
