package care.tandem.command.plan;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AttendanceCorrected;
import care.tandem.events.plan.AttendanceStatus;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.ConcernTrigger;
import care.tandem.events.plan.JointParticipation;
import care.tandem.events.plan.JointParticipationExpectationSet;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.ParticipantAttendance;
import care.tandem.events.plan.ParticipationConcernRaised;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.SessionScheduled;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static care.tandem.command.plan.PlanTestData.*;

/**
 * When a partner's absences from joint sessions need the clinician's attention: coming alone while joint
 * participation is strongly encouraged, and the second joint session in a row the same partner missed.
 */
class ParticipationConcernTest extends TreatmentPlanFixture {

    static ParticipationConcernRaised concern(ParticipantId about, SessionId session, ConcernTrigger trigger,
                                              Instant at) {
        return new ParticipationConcernRaised(PLAN, about, session, trigger, at);
    }

    @Nested
    class WhileJointParticipationIsStronglyEncouraged {

        @Test
        void aPartnerComingAloneRaisesAConcernAboutTheAbsentOne() {
            Instant recorded = after(MON_AT);
            given(coupleOpened(), stronglyEncouraged(), jointScheduled(MON, MON_AT))
                    .when(recordSolo(MON, ALEX, SAM, recorded))
                    .expectEvents(soloAttended(MON, ALEX, SAM, recorded),
                            concern(SAM, MON, ConcernTrigger.SOLO_ATTENDANCE_WHILE_JOINT_STRONGLY_ENCOURAGED,
                                    recorded));
        }

        @Test
        void aPartnerMissingWhileTheOtherCameLateRaisesAConcernToo() {
            Instant recorded = after(MON_AT);
            given(coupleOpened(), stronglyEncouraged(), jointScheduled(MON, MON_AT))
                    .when(recordAttendance(MON, recorded, noShowEntry(ALEX), lateEntry(SAM, 10)))
                    .expectEvents(attendanceRecorded(MON, recorded, noShow(ALEX),
                                    new ParticipantAttendance(SAM, AttendanceStatus.LATE, 10, null, null, 80)),
                            concern(ALEX, MON, ConcernTrigger.SOLO_ATTENDANCE_WHILE_JOINT_STRONGLY_ENCOURAGED,
                                    recorded));
        }

        @Test
        void bothPartnersMissingIsNoSoloAttendance() {
            Instant recorded = after(MON_AT);
            given(coupleOpened(), stronglyEncouraged(), jointScheduled(MON, MON_AT))
                    .when(recordAttendance(MON, recorded, noShowEntry(ALEX),
                            absentEntry(SAM, AbsenceReason.EMOTIONAL_OVERWHELM)))
                    .expectEvents(attendanceRecorded(MON, recorded, noShow(ALEX),
                            absent(SAM, AbsenceReason.EMOTIONAL_OVERWHELM)));
        }

        @Test
        void bothPartnersAttendingRaisesNoConcern() {
            Instant recorded = after(MON_AT);
            given(coupleOpened(), stronglyEncouraged(), jointScheduled(MON, MON_AT))
                    .when(recordJoint(MON, recorded))
                    .expectEvents(jointAttended(MON, recorded));
        }

        @Test
        void aMissedIndividualSessionIsNoConcernOfJointParticipation() {
            Instant recorded = after(MON_AT);
            given(coupleOpened(), stronglyEncouraged(), individualScheduled(MON, MON_AT, SAM))
                    .when(recordAttendance(MON, recorded, noShowEntry(SAM)))
                    .expectEvents(attendanceRecorded(MON, recorded, noShow(SAM)));
        }
    }

    @Nested
    class WhileJointParticipationIsVoluntary {

        @Test
        void aPartnerComingAloneOnceRaisesNoConcern() {
            Instant recorded = after(MON_AT);
            given(coupleOpened(), jointScheduled(MON, MON_AT))
                    .when(recordSolo(MON, ALEX, SAM, recorded))
                    .expectEvents(soloAttended(MON, ALEX, SAM, recorded));
        }

        @Test
        void jointParticipationMadeVoluntaryAgainStopsTheSoloConcern() {
            Instant recorded = after(MON_AT);
            given(coupleOpened(), stronglyEncouraged(),
                    new JointParticipationExpectationSet(PLAN, JointParticipation.VOLUNTARY, null, CLINICIAN,
                            OPENED_AT),
                    jointScheduled(MON, MON_AT))
                    .when(recordSolo(MON, ALEX, SAM, recorded))
                    .expectEvents(soloAttended(MON, ALEX, SAM, recorded));
        }
    }

    @Nested
    class ConsecutiveMisses {

        @Test
        void theSecondJointSessionInARowTheSamePartnerMissedRaisesAConcern() {
            Instant recorded = after(WED_AT);
            given(coupleOpened(), jointScheduled(MON, MON_AT), soloAttended(MON, ALEX, SAM, after(MON_AT)),
                    jointScheduled(WED, WED_AT))
                    .when(recordSolo(WED, ALEX, SAM, recorded))
                    .expectEvents(soloAttended(WED, ALEX, SAM, recorded),
                            concern(SAM, WED, ConcernTrigger.SECOND_CONSECUTIVE_MISS, recorded));
        }

        @Test
        void aNoShowCountsAsAMissLikeAnAbsence() {
            Instant recorded = after(WED_AT);
            given(coupleOpened(), jointScheduled(MON, MON_AT),
                    attendanceRecorded(MON, after(MON_AT), attended(ALEX, JOINT_MINUTES),
                            absent(SAM, AbsenceReason.SCHEDULING_CONFLICT)),
                    jointScheduled(WED, WED_AT))
                    .when(recordAttendance(WED, recorded, attendedEntry(ALEX), noShowEntry(SAM)))
                    .expectEvents(attendanceRecorded(WED, recorded, attended(ALEX, JOINT_MINUTES), noShow(SAM)),
                            concern(SAM, WED, ConcernTrigger.SECOND_CONSECUTIVE_MISS, recorded));
        }

        @Test
        void bothTriggersAreRaisedWhenBothApply() {
            Instant recorded = after(WED_AT);
            given(coupleOpened(), stronglyEncouraged(), jointScheduled(MON, MON_AT),
                    soloAttended(MON, ALEX, SAM, after(MON_AT)), jointScheduled(WED, WED_AT))
                    .when(recordSolo(WED, ALEX, SAM, recorded))
                    .expectEvents(soloAttended(WED, ALEX, SAM, recorded),
                            concern(SAM, WED, ConcernTrigger.SOLO_ATTENDANCE_WHILE_JOINT_STRONGLY_ENCOURAGED,
                                    recorded),
                            concern(SAM, WED, ConcernTrigger.SECOND_CONSECUTIVE_MISS, recorded));
        }

        @Test
        void whenBothPartnersMissTwiceEachOfThemIsAConcern() {
            Instant recorded = after(WED_AT);
            given(coupleOpened(), jointScheduled(MON, MON_AT),
                    attendanceRecorded(MON, after(MON_AT), noShow(ALEX), noShow(SAM)),
                    jointScheduled(WED, WED_AT))
                    .when(recordAttendance(WED, recorded, noShowEntry(ALEX), noShowEntry(SAM)))
                    .expectEvents(attendanceRecorded(WED, recorded, noShow(ALEX), noShow(SAM)),
                            concern(ALEX, WED, ConcernTrigger.SECOND_CONSECUTIVE_MISS, recorded),
                            concern(SAM, WED, ConcernTrigger.SECOND_CONSECUTIVE_MISS, recorded));
        }

        @Test
        void missesByDifferentPartnersDoNotAddUp() {
            Instant recorded = after(WED_AT);
            given(coupleOpened(), jointScheduled(MON, MON_AT), soloAttended(MON, ALEX, SAM, after(MON_AT)),
                    jointScheduled(WED, WED_AT))
                    .when(recordSolo(WED, SAM, ALEX, recorded))
                    .expectEvents(soloAttended(WED, SAM, ALEX, recorded));
        }

        @Test
        void anAttendedJointSessionInBetweenStartsTheCountAgain() {
            Instant recorded = after(FRI_AT);
            given(coupleOpened(), jointScheduled(MON, MON_AT), soloAttended(MON, ALEX, SAM, after(MON_AT)),
                    jointScheduled(WED, WED_AT), jointAttended(WED, after(WED_AT)), jointScheduled(FRI, FRI_AT))
                    .when(recordSolo(FRI, ALEX, SAM, recorded))
                    .expectEvents(soloAttended(FRI, ALEX, SAM, recorded));
        }

        @Test
        void aCorrectionToAttendedInBetweenStartsTheCountAgain() {
            Instant recorded = after(FRI_AT);
            given(coupleOpened(), jointScheduled(MON, MON_AT), soloAttended(MON, ALEX, SAM, after(MON_AT)),
                    jointScheduled(WED, WED_AT), soloAttended(WED, ALEX, SAM, after(WED_AT)),
                    new AttendanceCorrected(PLAN, WED, attended(SAM, JOINT_MINUTES), "Was there", CLINICIAN,
                            THU_NOON),
                    jointScheduled(FRI, FRI_AT))
                    .when(recordSolo(FRI, ALEX, SAM, recorded))
                    .expectEvents(soloAttended(FRI, ALEX, SAM, recorded));
        }

        @Test
        void aCancelledJointSessionInBetweenDoesNotBreakTheRun() {
            Instant recorded = after(FRI_AT);
            given(coupleOpened(), jointScheduled(MON, MON_AT), soloAttended(MON, ALEX, SAM, after(MON_AT)),
                    jointScheduled(WED, WED_AT), cancelled(WED, CancellationReason.CLINICIAN_UNAVAILABLE, TUE_NOON),
                    jointScheduled(FRI, FRI_AT))
                    .when(recordSolo(FRI, ALEX, SAM, recorded))
                    .expectEvents(soloAttended(FRI, ALEX, SAM, recorded),
                            concern(SAM, FRI, ConcernTrigger.SECOND_CONSECUTIVE_MISS, recorded));
        }

        @Test
        void anAttendedIndividualSessionInBetweenDoesNotBreakTheRunOfJointMisses() {
            Instant recorded = after(WED_AT);
            given(coupleOpened(), jointScheduled(MON, MON_AT), soloAttended(MON, ALEX, SAM, after(MON_AT)),
                    individualScheduled(GROUP, TUE_NOON, SAM),
                    attendanceRecorded(GROUP, after(TUE_NOON), attended(SAM, INDIVIDUAL_MINUTES)),
                    jointScheduled(WED, WED_AT))
                    .when(recordSolo(WED, ALEX, SAM, recorded))
                    .expectEvents(soloAttended(WED, ALEX, SAM, recorded),
                            concern(SAM, WED, ConcernTrigger.SECOND_CONSECUTIVE_MISS, recorded));
        }

        @Test
        void aThirdMissInARowRaisesNoFurtherConcern() {
            Instant recorded = after(FRI_AT);
            given(coupleOpened(), jointScheduled(MON, MON_AT), soloAttended(MON, ALEX, SAM, after(MON_AT)),
                    jointScheduled(WED, WED_AT), soloAttended(WED, ALEX, SAM, after(WED_AT)),
                    concern(SAM, WED, ConcernTrigger.SECOND_CONSECUTIVE_MISS, after(WED_AT)),
                    jointScheduled(FRI, FRI_AT))
                    .when(recordSolo(FRI, ALEX, SAM, recorded))
                    .expectEvents(soloAttended(FRI, ALEX, SAM, recorded));
        }

        @Test
        void missesAreCountedInTheOrderTheSessionsStartedNotTheOrderTheyWereRecorded() {
            // Wednesday's miss was recorded first; Monday's, entered late, is the second miss in a row.
            Instant recorded = after(WED_AT);
            given(coupleOpened(), jointScheduled(MON, MON_AT), jointScheduled(WED, WED_AT),
                    soloAttended(WED, ALEX, SAM, after(WED_AT)))
                    .when(recordSolo(MON, ALEX, SAM, recorded))
                    .expectEvents(soloAttended(MON, ALEX, SAM, recorded),
                            concern(SAM, MON, ConcernTrigger.SECOND_CONSECUTIVE_MISS, recorded));
        }

        @Test
        void aLateEnteredMissDirectlyAfterAnotherMissIsTheSecondInARowEvenIfALaterSessionWasAttended() {
            // In start order: Monday missed, Wednesday missed, Friday attended. Friday was entered before Wednesday.
            Instant recorded = after(FRI_AT);
            given(coupleOpened(), jointScheduled(MON, MON_AT), jointScheduled(WED, WED_AT),
                    jointScheduled(FRI, FRI_AT), soloAttended(MON, ALEX, SAM, after(MON_AT)),
                    jointAttended(FRI, after(FRI_AT)))
                    .when(recordSolo(WED, ALEX, SAM, recorded))
                    .expectEvents(soloAttended(WED, ALEX, SAM, recorded),
                            concern(SAM, WED, ConcernTrigger.SECOND_CONSECUTIVE_MISS, recorded));
        }

        @Test
        void missingAMakeupJointSessionAfterTheMissedOneIsASecondMiss() {
            Instant recorded = after(WED_AT);
            given(coupleOpened(), jointScheduled(MON, MON_AT), soloAttended(MON, ALEX, SAM, after(MON_AT)),
                    makeupOffered(MON, SAM),
                    new SessionScheduled(PLAN, MAKEUP, SessionKind.COUPLES, WED_AT, JOINT_MINUTES, CLINICIAN,
                            List.of(ALEX, SAM), LocationMode.SAME_LOCATION, MON, null))
                    .when(recordSolo(MAKEUP, ALEX, SAM, recorded))
                    .expectEvents(soloAttended(MAKEUP, ALEX, SAM, recorded),
                            concern(SAM, MAKEUP, ConcernTrigger.SECOND_CONSECUTIVE_MISS, recorded));
        }
    }
}
