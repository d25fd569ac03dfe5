package care.tandem.command.plan;

import care.tandem.events.id.SessionId;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.JointSessionHandling;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.SessionRescheduled;
import care.tandem.events.plan.SessionScheduled;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static care.tandem.command.plan.PlanMatchers.violates;
import static care.tandem.command.plan.PlanTestData.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Scheduling, rescheduling and cancelling sessions, and the no-double-booking rule across plans. */
class SessionSchedulingTest extends TreatmentPlanFixture {

    static RescheduleSession reschedule(SessionId session, Instant to, int minutes) {
        return new RescheduleSession(PLAN, session, to, minutes, CLINICIAN, TUE_NOON);
    }

    static CancelSession cancel(SessionId session) {
        return new CancelSession(PLAN, session, CancellationReason.CLIENT_REQUEST, CLINICIAN, TUE_NOON);
    }

    @Nested
    class AJointSession {

        @Test
        void schedulingAJointSessionRecordsACouplesSessionExpectingBothPartners() {
            given(coupleOpened())
                    .when(scheduleJoint(WED, WED_AT))
                    .expectEvents(jointScheduled(WED, WED_AT));
            assertThat(bookings.isBooked(PLAN, WED)).isTrue();
            assertThat(bookings.sessionsOf(ALEX)).containsExactly(WED);
            assertThat(bookings.sessionsOf(SAM)).containsExactly(WED);
        }

        @Test
        void aJointSessionRecordsWhetherThePartnersJoinFromSeparateLocations() {
            given(coupleOpened())
                    .when(new ScheduleJointSession(PLAN, WED, WED_AT, JOINT_MINUTES, CLINICIAN, List.of(SAM, ALEX),
                            LocationMode.SEPARATE_LOCATIONS))
                    .expectEvents(new SessionScheduled(PLAN, WED, SessionKind.COUPLES, WED_AT, JOINT_MINUTES,
                            CLINICIAN, List.of(SAM, ALEX), LocationMode.SEPARATE_LOCATIONS, null, null));
        }

        @Test
        void aCouplesSessionScheduledAsAnyOtherSessionIsAJointSessionToo() {
            given(coupleOpened())
                    .when(scheduleSession(WED, SessionKind.COUPLES, WED_AT, JOINT_MINUTES, ALEX, SAM))
                    .expectEvents(jointScheduled(WED, WED_AT));
        }

        @Test
        void aJointSessionExpectsMembersOfThePlanOnly() {
            given(coupleOpened())
                    .when(new ScheduleJointSession(PLAN, WED, WED_AT, JOINT_MINUTES, CLINICIAN,
                            List.of(ALEX, STRANGER), LocationMode.SAME_LOCATION))
                    .expectException(violates("not-a-plan-member"))
                    .expectNoEvents();
            assertThat(bookings.isBooked(PLAN, WED)).isFalse();
        }

        @Test
        void aCouplesSessionNeedsBothPartnersNotJustOne() {
            given(coupleOpened())
                    .when(scheduleSession(WED, SessionKind.COUPLES, WED_AT, JOINT_MINUTES, ALEX))
                    .expectException(violates("joint-session-needs-both-partners"))
                    .expectNoEvents();
        }

        @Test
        void aCouplesSessionInAFamilyExpectsExactlyThePartnersNotAChild() {
            given(blendedFamilyOpened())
                    .when(scheduleSession(WED, SessionKind.COUPLES, WED_AT, JOINT_MINUTES, MORGAN, RILEY))
                    .expectException(violates("joint-session-needs-both-partners"))
                    .expectNoEvents();
        }

        @Test
        void aCouplesSessionInAFamilyWithPartnersExpectsBoth() {
            given(blendedFamilyOpened())
                    .when(scheduleSession(WED, SessionKind.COUPLES, WED_AT, JOINT_MINUTES, MORGAN, JORDAN))
                    .expectEvents(scheduled(WED, SessionKind.COUPLES, WED_AT, JOINT_MINUTES, MORGAN, JORDAN));
        }

        @Test
        void aFamilyWithoutPartnersHasNoJointSessions() {
            given(familyOpened())
                    .when(new ScheduleJointSession(PLAN, WED, WED_AT, JOINT_MINUTES, CLINICIAN,
                            List.of(MORGAN, JORDAN), LocationMode.SAME_LOCATION))
                    .expectException(violates("no-couple-in-plan"))
                    .expectNoEvents();
        }

        @Test
        void aFamilyWhosePartnerLeftHasNoJointSessions() {
            given(blendedFamilyOpened(), memberLeft(JORDAN, MON_AT))
                    .when(scheduleSession(WED, SessionKind.COUPLES, WED_AT, JOINT_MINUTES, MORGAN))
                    .expectException(violates("no-couple-in-plan"))
                    .expectNoEvents();
        }

        @Test
        void noJointSessionIsScheduledWhileCouplesTherapyIsPaused() {
            given(coupleOpened(), paused(JointSessionHandling.CANCEL))
                    .when(scheduleJoint(WED, WED_AT))
                    .expectException(violates("couples-therapy-paused"))
                    .expectNoEvents();
            assertThat(bookings.isBooked(PLAN, WED)).isFalse();
        }

        @Test
        void noJointSessionIsScheduledOnceCouplesTherapyIsDiscontinued() {
            given(coupleOpened(), discontinued(MON_AT))
                    .when(scheduleJoint(WED, WED_AT))
                    .expectException(violates("couples-therapy-discontinued"))
                    .expectNoEvents();
        }

        @Test
        void jointSessionsCanBeScheduledAgainOnceCouplesTherapyResumed() {
            given(coupleOpened(), paused(JointSessionHandling.CANCEL), resumed(THU_NOON))
                    .when(scheduleJoint(FRI, FRI_AT))
                    .expectEvents(jointScheduled(FRI, FRI_AT));
        }

        @Test
        void aSessionIdIsScheduledOnlyOncePerPlan() {
            given(coupleOpened(), jointScheduled(WED, WED_AT))
                    .when(scheduleJoint(WED, FRI_AT))
                    .expectException(violates("session-already-scheduled"))
                    .expectNoEvents();
        }

        @Test
        void aCancelledSessionsIdIsNotReused() {
            given(coupleOpened(), jointScheduled(WED, WED_AT), cancelled(WED, CancellationReason.CLIENT_REQUEST,
                    MON_AT))
                    .when(scheduleJoint(WED, FRI_AT))
                    .expectException(violates("session-already-scheduled"))
                    .expectNoEvents();
        }
    }

    @Nested
    class OtherKindsOfSession {

        @Test
        void anIndividualSessionIsForOneMember() {
            given(coupleOpened())
                    .when(scheduleIndividual(WED, WED_AT, SAM))
                    .expectEvents(individualScheduled(WED, WED_AT, SAM));
        }

        @Test
        void anIndividualSessionGoesAheadWhileCouplesTherapyIsPaused() {
            given(coupleOpened(), paused(JointSessionHandling.CANCEL))
                    .when(scheduleIndividual(WED, WED_AT, SAM))
                    .expectEvents(individualScheduled(WED, WED_AT, SAM));
        }

        @Test
        void anIndividualSessionGoesAheadOnceCouplesTherapyIsDiscontinued() {
            given(coupleOpened(), discontinued(MON_AT))
                    .when(scheduleIndividual(WED, WED_AT, ALEX))
                    .expectEvents(individualScheduled(WED, WED_AT, ALEX));
        }

        @Test
        void aFamilySessionMayExpectTheWholeFamily() {
            given(familyOpened())
                    .when(scheduleSession(WED, SessionKind.FAMILY, WED_AT, JOINT_MINUTES, MORGAN, JORDAN, RILEY, KAI))
                    .expectEvents(scheduled(WED, SessionKind.FAMILY, WED_AT, JOINT_MINUTES, MORGAN, JORDAN, RILEY,
                            KAI));
        }

        @Test
        void aSessionForSomeoneOutsideThePlanIsRefused() {
            given(familyOpened())
                    .when(scheduleIndividual(WED, WED_AT, STRANGER))
                    .expectException(violates("not-a-plan-member"))
                    .expectNoEvents();
        }

        @Test
        void aSessionForAMemberWhoLeftIsRefused() {
            given(familyOpened(), memberLeft(KAI, MON_AT))
                    .when(scheduleSession(WED, SessionKind.FAMILY, WED_AT, JOINT_MINUTES, MORGAN, KAI))
                    .expectException(violates("not-a-plan-member"))
                    .expectNoEvents();
        }
    }

    @Nested
    class DoubleBooking {

        @Test
        void aPartnerBookedInAnOverlappingSessionOfAnotherPlanCannotBeBookedAgain() {
            bookings.withBooking(OTHER_PLAN, SessionId.of("s-elsewhere"), plusMinutes(WED_AT, 60), 60,
                    List.of(ALEX), OTHER_CLINICIAN);
            given(coupleOpened())
                    .when(scheduleJoint(WED, WED_AT))
                    .expectException(violates("double-booking"))
                    .expectNoEvents();
            assertThat(bookings.isBooked(PLAN, WED)).isFalse();
        }

        @Test
        void theClinicianCannotBeInTwoOverlappingSessions() {
            bookings.withBooking(OTHER_PLAN, SessionId.of("s-elsewhere"), plusMinutes(WED_AT, -30), 60,
                    List.of(STRANGER), CLINICIAN);
            given(coupleOpened())
                    .when(scheduleIndividual(WED, WED_AT, SAM))
                    .expectException(violates("double-booking"))
                    .expectNoEvents();
        }

        @Test
        void twoSessionsOfTheSamePlanCannotOverlapForOnePerson() {
            givenCommands(openCouple(), scheduleJoint(WED, WED_AT))
                    .when(new ScheduleSession(PLAN, FRI, SessionKind.INDIVIDUAL, plusMinutes(WED_AT, 30),
                            INDIVIDUAL_MINUTES, OTHER_CLINICIAN, List.of(SAM), LocationMode.SAME_LOCATION, null))
                    .expectException(violates("double-booking"))
                    .expectNoEvents();
        }

        @Test
        void aSessionMayStartTheMinuteTheLastOneEnds() {
            givenCommands(openCouple(), scheduleJoint(WED, WED_AT))
                    .when(scheduleIndividual(FRI, plusMinutes(WED_AT, JOINT_MINUTES), SAM))
                    .expectEvents(individualScheduled(FRI, plusMinutes(WED_AT, JOINT_MINUTES), SAM));
        }

        @Test
        void otherPeopleMayMeetAtTheSameTimeWithAnotherClinician() {
            bookings.withBooking(OTHER_PLAN, SessionId.of("s-elsewhere"), WED_AT, 60, List.of(STRANGER),
                    OTHER_CLINICIAN);
            given(coupleOpened())
                    .when(scheduleJoint(WED, WED_AT))
                    .expectEvents(jointScheduled(WED, WED_AT));
        }

        @Test
        void aMultiFamilyGroupIsScheduledInEachPlanUnderOneIdWithoutConflictingWithItself() {
            bookings.withBooking(OTHER_PLAN, GROUP, WED_AT, JOINT_MINUTES, List.of(STRANGER), CLINICIAN);
            given(familyOpened())
                    .when(scheduleSession(GROUP, SessionKind.MULTI_FAMILY_GROUP, WED_AT, JOINT_MINUTES, MORGAN, RILEY))
                    .expectEvents(scheduled(GROUP, SessionKind.MULTI_FAMILY_GROUP, WED_AT, JOINT_MINUTES, MORGAN,
                            RILEY));
            assertThat(bookings.isBooked(PLAN, GROUP)).isTrue();
            assertThat(bookings.isBooked(OTHER_PLAN, GROUP)).isTrue();
        }
    }

    @Nested
    class Rescheduling {

        @Test
        void reschedulingMovesTheSessionAndItsBooking() {
            givenCommands(openCouple(), scheduleJoint(WED, WED_AT))
                    .when(reschedule(WED, FRI_AT, 60))
                    .expectEvents(new SessionRescheduled(PLAN, WED, FRI_AT, 60, CLINICIAN, TUE_NOON));
            assertThat(bookings.bookedStart(PLAN, WED)).isEqualTo(FRI_AT);
        }

        @Test
        void aSessionMovedByHalfAnHourDoesNotConflictWithItself() {
            givenCommands(openCouple(), scheduleJoint(WED, WED_AT))
                    .when(reschedule(WED, plusMinutes(WED_AT, 30), JOINT_MINUTES))
                    .expectEvents(new SessionRescheduled(PLAN, WED, plusMinutes(WED_AT, 30), JOINT_MINUTES,
                            CLINICIAN, TUE_NOON));
        }

        @Test
        void aSessionCannotBeMovedOntoAnotherOfSomeoneItExpects() {
            givenCommands(openCouple(), scheduleJoint(WED, WED_AT),
                    new ScheduleSession(PLAN, FRI, SessionKind.INDIVIDUAL, FRI_AT, INDIVIDUAL_MINUTES,
                            OTHER_CLINICIAN, List.of(ALEX), LocationMode.SAME_LOCATION, null))
                    .when(reschedule(WED, FRI_AT, JOINT_MINUTES))
                    .expectException(violates("double-booking"))
                    .expectNoEvents();
        }

        @Test
        void anUnknownSessionCannotBeRescheduled() {
            given(coupleOpened())
                    .when(reschedule(WED, FRI_AT, 60))
                    .expectException(UnknownSessionException.class)
                    .expectNoEvents();
        }

        @Test
        void aCancelledSessionCannotBeRescheduled() {
            given(coupleOpened(), jointScheduled(WED, WED_AT),
                    cancelled(WED, CancellationReason.CLINICIAN_UNAVAILABLE, MON_AT))
                    .when(reschedule(WED, FRI_AT, 60))
                    .expectException(violates("session-cancelled"))
                    .expectNoEvents();
        }

        @Test
        void aSessionThatTookPlaceCannotBeRescheduled() {
            given(coupleOpened(), jointScheduled(MON, MON_AT), jointAttended(MON, after(MON_AT)))
                    .when(reschedule(MON, FRI_AT, 60))
                    .expectException(violates("attendance-already-recorded"))
                    .expectNoEvents();
        }

        @Test
        void aJointSessionCannotBeMovedWhileCouplesTherapyIsPaused() {
            // The Monday session started before the pause, so the pause left it alone.
            given(coupleOpened(), jointScheduled(MON, MON_AT), paused(JointSessionHandling.CANCEL))
                    .when(reschedule(MON, FRI_AT, JOINT_MINUTES))
                    .expectException(violates("couples-therapy-paused"))
                    .expectNoEvents();
        }

        @Test
        void anIndividualSessionCanBeMovedWhileCouplesTherapyIsPaused() {
            given(coupleOpened(), individualScheduled(WED, WED_AT, SAM), paused(JointSessionHandling.CANCEL))
                    .when(reschedule(WED, FRI_AT, INDIVIDUAL_MINUTES))
                    .expectEvents(new SessionRescheduled(PLAN, WED, FRI_AT, INDIVIDUAL_MINUTES, CLINICIAN,
                            TUE_NOON));
        }
    }

    @Nested
    class Cancelling {

        @Test
        void cancellingRecordsTheReasonAndReleasesTheBooking() {
            givenCommands(openCouple(), scheduleJoint(WED, WED_AT))
                    .when(cancel(WED))
                    .expectEvents(cancelled(WED, CancellationReason.CLIENT_REQUEST, TUE_NOON));
            assertThat(bookings.isBooked(PLAN, WED)).isFalse();
        }

        @Test
        void anUnknownSessionCannotBeCancelled() {
            given(coupleOpened())
                    .when(cancel(WED))
                    .expectException(UnknownSessionException.class)
                    .expectNoEvents();
        }

        @Test
        void aSessionIsCancelledOnlyOnce() {
            given(coupleOpened(), jointScheduled(WED, WED_AT), cancelled(WED, CancellationReason.OTHER, MON_AT))
                    .when(cancel(WED))
                    .expectException(violates("session-cancelled"))
                    .expectNoEvents();
        }

        @Test
        void aSessionThatTookPlaceCannotBeCancelled() {
            given(coupleOpened(), jointScheduled(MON, MON_AT), jointAttended(MON, after(MON_AT)))
                    .when(cancel(MON))
                    .expectException(violates("attendance-already-recorded"))
                    .expectNoEvents();
        }
    }
}
