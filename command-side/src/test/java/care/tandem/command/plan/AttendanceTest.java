package care.tandem.command.plan;

import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AdjustedFocus;
import care.tandem.events.plan.AttendanceCorrected;
import care.tandem.events.plan.AttendanceStatus;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.JointAttendanceRecorded;
import care.tandem.events.plan.ParticipantAttendance;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.SessionRescheduled;
import care.tandem.events.plan.SoloAttendanceRecorded;
import care.tandem.events.plan.TherapistJudgement;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static care.tandem.command.plan.PlanMatchers.invalidField;
import static care.tandem.command.plan.PlanMatchers.violates;
import static care.tandem.command.plan.PlanTestData.*;

/** Recording who came to a session, how long they stayed, and correcting it afterwards. */
class AttendanceTest extends TreatmentPlanFixture {

    static final Instant RECORDED = after(MON_AT);

    @Nested
    class JointAttendance {

        @Test
        void bothPartnersAttendingAJointSessionIsRecorded() {
            given(coupleOpened(), jointScheduled(MON, MON_AT))
                    .when(recordJoint(MON, RECORDED))
                    .expectEvents(jointAttended(MON, RECORDED));
        }

        @Test
        void attendanceCanBeRecordedFromTheMinuteTheSessionStarts() {
            given(coupleOpened(), jointScheduled(MON, MON_AT))
                    .when(recordJoint(MON, MON_AT))
                    .expectEvents(jointAttended(MON, MON_AT));
        }

        @Test
        void attendanceIsNotRecordedBeforeTheSessionStarts() {
            given(coupleOpened(), jointScheduled(MON, MON_AT))
                    .when(recordJoint(MON, MON_AT.minusSeconds(60)))
                    .expectException(violates("session-not-started"))
                    .expectNoEvents();
        }

        @Test
        void jointAttendanceIsOnlyForJointSessions() {
            given(coupleOpened(), individualScheduled(MON, MON_AT, ALEX))
                    .when(recordJoint(MON, RECORDED))
                    .expectException(violates("not-a-joint-session"))
                    .expectNoEvents();
        }

        @Test
        void attendanceIsRecordedOnce() {
            given(coupleOpened(), jointScheduled(MON, MON_AT), jointAttended(MON, RECORDED))
                    .when(recordJoint(MON, RECORDED))
                    .expectException(violates("attendance-already-recorded"))
                    .expectNoEvents();
        }

        @Test
        void aCancelledSessionHasNoAttendance() {
            given(coupleOpened(), jointScheduled(MON, MON_AT), cancelled(MON, CancellationReason.OTHER, OPENED_AT))
                    .when(recordJoint(MON, RECORDED))
                    .expectException(violates("session-cancelled"))
                    .expectNoEvents();
        }

        @Test
        void anUnknownSessionHasNoAttendance() {
            given(coupleOpened())
                    .when(recordJoint(MON, RECORDED))
                    .expectException(UnknownSessionException.class)
                    .expectNoEvents();
        }

        @Test
        void jointAttendanceInAFamilyNamesThePartnersTheSessionExpected() {
            given(blendedFamilyOpened(),
                    scheduled(MON, SessionKind.COUPLES, MON_AT, JOINT_MINUTES, JORDAN, MORGAN))
                    .when(recordJoint(MON, RECORDED))
                    .expectEvents(new JointAttendanceRecorded(PLAN, MON, List.of(JORDAN, MORGAN), CLINICIAN,
                            RECORDED));
        }
    }

    @Nested
    class SoloAttendance {

        @Test
        void onePartnerAttendingAloneIsRecordedWithReasonJudgementAndFocus() {
            given(coupleOpened(), jointScheduled(MON, MON_AT))
                    .when(recordSolo(MON, ALEX, SAM, RECORDED))
                    .expectEvents(soloAttended(MON, ALEX, SAM, RECORDED));
        }

        @Test
        void anOtherReasonIsRecordedWithItsDetail() {
            given(coupleOpened(), jointScheduled(MON, MON_AT))
                    .when(new RecordSoloAttendance(PLAN, MON, SAM, ALEX, AbsenceReason.OTHER, "  Car broke down ",
                            TherapistJudgement.ABSENCE_HINDERS_PROGRESS, AdjustedFocus.COMMUNICATION_SKILLS,
                            CLINICIAN, RECORDED))
                    .expectEvents(new SoloAttendanceRecorded(PLAN, MON, SAM, ALEX, AbsenceReason.OTHER,
                            "Car broke down", TherapistJudgement.ABSENCE_HINDERS_PROGRESS,
                            AdjustedFocus.COMMUNICATION_SKILLS, CLINICIAN, RECORDED));
        }

        @Test
        void soloAttendanceIsOnlyForJointSessions() {
            given(coupleOpened(), scheduled(MON, SessionKind.PSYCHOEDUCATION, MON_AT, 60, ALEX, SAM))
                    .when(recordSolo(MON, ALEX, SAM, RECORDED))
                    .expectException(violates("not-a-joint-session"))
                    .expectNoEvents();
        }

        @Test
        void theAbsentPartnerMustBeAMember() {
            given(coupleOpened(), jointScheduled(MON, MON_AT))
                    .when(recordSolo(MON, ALEX, STRANGER, RECORDED))
                    .expectException(violates("not-a-plan-member"))
                    .expectNoEvents();
        }

        @Test
        void theAttendingPartnerMustBeAMember() {
            given(coupleOpened(), jointScheduled(MON, MON_AT))
                    .when(recordSolo(MON, STRANGER, SAM, RECORDED))
                    .expectException(violates("not-a-plan-member"))
                    .expectNoEvents();
        }

        @Test
        void theAbsentPersonMustHaveBeenExpectedAtTheSession() {
            given(blendedFamilyOpened(), scheduled(MON, SessionKind.COUPLES, MON_AT, JOINT_MINUTES, MORGAN, JORDAN))
                    .when(recordSolo(MON, MORGAN, RILEY, RECORDED))
                    .expectException(violates("not-expected-at-session"))
                    .expectNoEvents();
        }

        @Test
        void soloAttendanceIsNotRecordedBeforeTheSessionStarts() {
            given(coupleOpened(), jointScheduled(WED, WED_AT))
                    .when(recordSolo(WED, ALEX, SAM, TUE_NOON))
                    .expectException(violates("session-not-started"))
                    .expectNoEvents();
        }

        @Test
        void soloAttendanceIsNotRecordedOverJointAttendance() {
            given(coupleOpened(), jointScheduled(MON, MON_AT), jointAttended(MON, RECORDED))
                    .when(recordSolo(MON, ALEX, SAM, RECORDED))
                    .expectException(violates("attendance-already-recorded"))
                    .expectNoEvents();
        }
    }

    @Nested
    class AttendanceOfEachParticipant {

        @Test
        void attendedMinutesFollowFromTheSessionsDurationForEachStatus() {
            given(familyOpened(), scheduled(MON, SessionKind.FAMILY, MON_AT, 90, MORGAN, JORDAN, RILEY, KAI))
                    .when(recordAttendance(MON, RECORDED, attendedEntry(MORGAN), lateEntry(JORDAN, 15),
                            leftEarlyEntry(RILEY, 20), absentEntry(KAI, AbsenceReason.SCHEDULING_CONFLICT)))
                    .expectEvents(attendanceRecorded(MON, RECORDED,
                            attended(MORGAN, 90),
                            new ParticipantAttendance(JORDAN, AttendanceStatus.LATE, 15, null, null, 75),
                            new ParticipantAttendance(RILEY, AttendanceStatus.LEFT_EARLY, null, 20, null, 70),
                            absent(KAI, AbsenceReason.SCHEDULING_CONFLICT)));
        }

        @Test
        void aNoShowAttendedNoMinutes() {
            given(coupleOpened(), individualScheduled(MON, MON_AT, SAM))
                    .when(recordAttendance(MON, RECORDED, noShowEntry(SAM)))
                    .expectEvents(attendanceRecorded(MON, RECORDED, noShow(SAM)));
        }

        @Test
        void theMinutesFollowARescheduledDuration() {
            given(coupleOpened(), individualScheduled(MON, MON_AT, SAM),
                    new SessionRescheduled(PLAN, MON, MON_AT, 45, CLINICIAN, OPENED_AT))
                    .when(recordAttendance(MON, RECORDED, lateEntry(SAM, 5)))
                    .expectEvents(attendanceRecorded(MON, RECORDED,
                            new ParticipantAttendance(SAM, AttendanceStatus.LATE, 5, null, null, 40)));
        }

        @Test
        void aParticipantMayBeLateByAllButTheLastMinute() {
            given(coupleOpened(), individualScheduled(MON, MON_AT, SAM))
                    .when(recordAttendance(MON, RECORDED, lateEntry(SAM, INDIVIDUAL_MINUTES - 1)))
                    .expectEvents(attendanceRecorded(MON, RECORDED,
                            new ParticipantAttendance(SAM, AttendanceStatus.LATE, INDIVIDUAL_MINUTES - 1, null, null,
                                    1)));
        }

        @Test
        void beingLateForTheWholeSessionIsRefusedNamingTheField() {
            given(coupleOpened(), individualScheduled(MON, MON_AT, SAM))
                    .when(recordAttendance(MON, RECORDED, lateEntry(SAM, INDIVIDUAL_MINUTES)))
                    .expectException(invalidField("attendance[].minutesLate"))
                    .expectNoEvents();
        }

        @Test
        void leavingEarlierThanTheSessionStartedIsRefusedNamingTheField() {
            given(coupleOpened(), individualScheduled(MON, MON_AT, SAM))
                    .when(recordAttendance(MON, RECORDED, leftEarlyEntry(SAM, INDIVIDUAL_MINUTES + 5)))
                    .expectException(invalidField("attendance[].minutesLeftEarly"))
                    .expectNoEvents();
        }

        @Test
        void attendanceMustNameEveryExpectedParticipant() {
            given(familyOpened(), scheduled(MON, SessionKind.FAMILY, MON_AT, 90, MORGAN, JORDAN, RILEY))
                    .when(recordAttendance(MON, RECORDED, attendedEntry(MORGAN), attendedEntry(JORDAN)))
                    .expectException(violates("attendance-must-cover-participants"))
                    .expectNoEvents();
        }

        @Test
        void attendanceMustNameNobodyTheSessionDidNotExpect() {
            given(familyOpened(), scheduled(MON, SessionKind.FAMILY, MON_AT, 90, MORGAN, JORDAN))
                    .when(recordAttendance(MON, RECORDED, attendedEntry(MORGAN), attendedEntry(JORDAN),
                            attendedEntry(KAI)))
                    .expectException(violates("attendance-must-cover-participants"))
                    .expectNoEvents();
        }

        @Test
        void attendanceMustNameTheExpectedPeopleNotOthersInTheirPlace() {
            given(familyOpened(), scheduled(MON, SessionKind.FAMILY, MON_AT, 90, MORGAN, JORDAN))
                    .when(recordAttendance(MON, RECORDED, attendedEntry(MORGAN), attendedEntry(KAI)))
                    .expectException(violates("attendance-must-cover-participants"))
                    .expectNoEvents();
        }

        @Test
        void attendanceOfEachParticipantIsNotRecordedBeforeTheSessionStarts() {
            given(coupleOpened(), individualScheduled(WED, WED_AT, SAM))
                    .when(recordAttendance(WED, TUE_NOON, attendedEntry(SAM)))
                    .expectException(violates("session-not-started"))
                    .expectNoEvents();
        }

        @Test
        void attendanceOfEachParticipantIsRecordedOnce() {
            given(coupleOpened(), individualScheduled(MON, MON_AT, SAM),
                    attendanceRecorded(MON, RECORDED, attended(SAM, INDIVIDUAL_MINUTES)))
                    .when(recordAttendance(MON, RECORDED, attendedEntry(SAM)))
                    .expectException(violates("attendance-already-recorded"))
                    .expectNoEvents();
        }

        @Test
        void aJointSessionsAttendanceMayBeRecordedParticipantByParticipant() {
            given(coupleOpened(), jointScheduled(MON, MON_AT))
                    .when(recordAttendance(MON, RECORDED, lateEntry(ALEX, 10), attendedEntry(SAM)))
                    .expectEvents(attendanceRecorded(MON, RECORDED,
                            new ParticipantAttendance(ALEX, AttendanceStatus.LATE, 10, null, null, 80),
                            attended(SAM, JOINT_MINUTES)));
        }
    }

    @Nested
    class CorrectingAttendance {

        static CorrectAttendance correct(AttendanceEntry corrected) {
            return new CorrectAttendance(PLAN, MON, corrected, " Arrived late, entered wrongly ", CLINICIAN,
                    TUE_NOON);
        }

        @Test
        void aCorrectionIsRecordedBesideTheOriginalWithRecomputedMinutes() {
            given(coupleOpened(), individualScheduled(MON, MON_AT, SAM),
                    attendanceRecorded(MON, RECORDED, attended(SAM, INDIVIDUAL_MINUTES)))
                    .when(correct(lateEntry(SAM, 10)))
                    .expectEvents(new AttendanceCorrected(PLAN, MON,
                            new ParticipantAttendance(SAM, AttendanceStatus.LATE, 10, null, null, 50),
                            "Arrived late, entered wrongly", CLINICIAN, TUE_NOON));
        }

        @Test
        void jointAttendanceCanBeCorrectedForOnePartner() {
            given(coupleOpened(), jointScheduled(MON, MON_AT), jointAttended(MON, RECORDED))
                    .when(correct(leftEarlyEntry(ALEX, 30)))
                    .expectEvents(new AttendanceCorrected(PLAN, MON,
                            new ParticipantAttendance(ALEX, AttendanceStatus.LEFT_EARLY, null, 30, null, 60),
                            "Arrived late, entered wrongly", CLINICIAN, TUE_NOON));
        }

        @Test
        void soloAttendanceCanBeCorrectedForTheAbsentPartner() {
            given(coupleOpened(), jointScheduled(MON, MON_AT), soloAttended(MON, ALEX, SAM, RECORDED))
                    .when(correct(lateEntry(SAM, 45)))
                    .expectEvents(new AttendanceCorrected(PLAN, MON,
                            new ParticipantAttendance(SAM, AttendanceStatus.LATE, 45, null, null, 45),
                            "Arrived late, entered wrongly", CLINICIAN, TUE_NOON));
        }

        @Test
        void aCorrectionMayFollowAnEarlierCorrection() {
            given(coupleOpened(), individualScheduled(MON, MON_AT, SAM),
                    attendanceRecorded(MON, RECORDED, attended(SAM, INDIVIDUAL_MINUTES)),
                    new AttendanceCorrected(PLAN, MON, noShow(SAM), "No-show", CLINICIAN, RECORDED))
                    .when(correct(attendedEntry(SAM)))
                    .expectEvents(new AttendanceCorrected(PLAN, MON, attended(SAM, INDIVIDUAL_MINUTES),
                            "Arrived late, entered wrongly", CLINICIAN, TUE_NOON));
        }

        @Test
        void aSessionWithoutAttendanceHasNothingToCorrect() {
            given(coupleOpened(), individualScheduled(MON, MON_AT, SAM))
                    .when(correct(attendedEntry(SAM)))
                    .expectException(violates("no-attendance-to-correct"))
                    .expectNoEvents();
        }

        @Test
        void someoneTheSessionDidNotExpectHasNothingToCorrect() {
            given(coupleOpened(), individualScheduled(MON, MON_AT, SAM),
                    attendanceRecorded(MON, RECORDED, attended(SAM, INDIVIDUAL_MINUTES)))
                    .when(correct(attendedEntry(ALEX)))
                    .expectException(violates("no-attendance-to-correct"))
                    .expectNoEvents();
        }

        @Test
        void aCancelledSessionHasNothingToCorrect() {
            given(coupleOpened(), individualScheduled(MON, MON_AT, SAM),
                    cancelled(MON, CancellationReason.CLIENT_REQUEST, OPENED_AT))
                    .when(correct(attendedEntry(SAM)))
                    .expectException(violates("no-attendance-to-correct"))
                    .expectNoEvents();
        }

        @Test
        void anUnknownSessionHasNothingToCorrect() {
            given(coupleOpened())
                    .when(correct(attendedEntry(SAM)))
                    .expectException(UnknownSessionException.class)
                    .expectNoEvents();
        }

        @Test
        void correctedMinutesMustBeShorterThanTheSession() {
            given(coupleOpened(), individualScheduled(MON, MON_AT, SAM),
                    attendanceRecorded(MON, RECORDED, attended(SAM, INDIVIDUAL_MINUTES)))
                    .when(correct(leftEarlyEntry(SAM, INDIVIDUAL_MINUTES)))
                    .expectException(invalidField("attendance[].minutesLeftEarly"))
                    .expectNoEvents();
        }
    }
}
