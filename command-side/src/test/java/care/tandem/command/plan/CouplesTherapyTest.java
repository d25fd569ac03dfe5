package care.tandem.command.plan;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.CouplesTherapyPauseReviewDue;
import care.tandem.events.plan.CouplesTherapyPaused;
import care.tandem.events.plan.CouplesTherapyResumed;
import care.tandem.events.plan.JointParticipation;
import care.tandem.events.plan.JointParticipationExpectationSet;
import care.tandem.events.plan.JointParticipationReason;
import care.tandem.events.plan.CouplesTherapyDiscontinued;
import care.tandem.events.plan.DiscontinuationReason;
import care.tandem.events.plan.JointSessionHandling;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.MemberLeaveReason;
import care.tandem.events.plan.MemberLeft;
import care.tandem.events.plan.PartnerReadiness;
import care.tandem.events.plan.PauseReason;
import care.tandem.events.plan.Readiness;
import care.tandem.events.plan.SessionCancelled;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.SessionScheduled;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static care.tandem.command.plan.PlanMatchers.violates;
import static care.tandem.command.plan.PlanTestData.*;
import static care.tandem.command.plan.Scheduling.derivedSessionId;
import static care.tandem.command.plan.TreatmentPlan.PAUSE_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

/** Pausing couples therapy (and its review deadline), resuming and discontinuing it, and how joint it is. */
class CouplesTherapyTest extends TreatmentPlanFixture {

    static final PauseReview REVIEW = new PauseReview(REVIEW_ON, REVIEW_DUE_AT);

    static final SessionId THU_SESSION = SessionId.of("s-thu");

    /** One partner's half of a joint slot a pause converted. */
    record Half(ParticipantId partner, Instant startsAt, int minutes) {
    }

    static Half slot(ParticipantId partner, Instant startsAt, int minutes) {
        return new Half(partner, startsAt, minutes);
    }

    /** The individual session a pause converted a partner's half of a joint session into. */
    static SessionScheduled half(SessionId joint, Half half) {
        return new SessionScheduled(PLAN, derivedSessionId(joint, half.partner()), SessionKind.INDIVIDUAL,
                half.startsAt(), half.minutes(), CLINICIAN, List.of(half.partner()), LocationMode.SEPARATE_LOCATIONS,
                null, joint);
    }

    static SessionCancelled pausedAway(SessionId session) {
        return cancelled(session, CancellationReason.COUPLES_THERAPY_PAUSED, PAUSED_AT);
    }

    @Nested
    class Pausing {

        @Test
        void pausingWithCancellationCancelsEveryJointSessionAhead() {
            given(coupleOpened(), jointScheduled(WED, WED_AT), jointScheduled(FRI, FRI_AT))
                    .when(pause(JointSessionHandling.CANCEL))
                    .expectEvents(paused(JointSessionHandling.CANCEL),
                            pausedAway(WED),
                            pausedAway(FRI));
        }

        @Test
        void pausingWithConversionSplitsEachJointSlotIntoIndividualHalves() {
            given(coupleOpened(), jointScheduled(WED, WED_AT),
                    scheduled(FRI, SessionKind.COUPLES, FRI_AT, 75, SAM, ALEX))
                    .when(pause(JointSessionHandling.CONVERT_TO_INDIVIDUAL))
                    .expectEvents(paused(JointSessionHandling.CONVERT_TO_INDIVIDUAL),
                            pausedAway(WED),
                            half(WED, slot(ALEX, WED_AT, 45)),
                            half(WED, slot(SAM, plusMinutes(WED_AT, 45), 45)),
                            pausedAway(FRI),
                            half(FRI, slot(SAM, FRI_AT, 37)),
                            half(FRI, slot(ALEX, plusMinutes(FRI_AT, 37), 38)));
        }

        @Test
        void convertedHalvesAreBookedBackToBackWithTheSameClinicianInsteadOfTheJointSlot() {
            givenCommands(openCouple(), scheduleJoint(WED, WED_AT))
                    .when(pause(JointSessionHandling.CONVERT_TO_INDIVIDUAL))
                    .expectSuccessfulHandlerExecution();
            assertThat(bookings.isBooked(PLAN, WED)).isFalse();
            assertThat(bookings.sessionsOf(ALEX)).containsExactly(derivedSessionId(WED, ALEX));
            assertThat(bookings.sessionsOf(SAM)).containsExactly(derivedSessionId(WED, SAM));
            assertThat(bookings.bookedStart(PLAN, derivedSessionId(WED, SAM))).isEqualTo(plusMinutes(WED_AT, 45));
        }

        @Test
        void pausingWithCancellationReleasesTheJointSessionsBookings() {
            givenCommands(openCouple(), scheduleJoint(WED, WED_AT), scheduleIndividual(FRI, FRI_AT, SAM))
                    .when(pause(JointSessionHandling.CANCEL))
                    .expectSuccessfulHandlerExecution();
            assertThat(bookings.isBooked(PLAN, WED)).isFalse();
            assertThat(bookings.isBooked(PLAN, FRI)).isTrue();
        }

        @Test
        void aConvertedHalfThatWouldBeDoubleBookedRefusesThePauseAsAWhole() {
            bookings.withBooking(OTHER_PLAN, SessionId.of("s-elsewhere"), plusMinutes(WED_AT, 50), 30,
                    List.of(SAM), OTHER_CLINICIAN);
            given(coupleOpened(), jointScheduled(WED, WED_AT))
                    .when(pause(JointSessionHandling.CONVERT_TO_INDIVIDUAL))
                    .expectException(violates("double-booking"))
                    .expectNoEvents()
                    .expectNoScheduledDeadlines();
        }

        @Test
        void derivedSessionIdsAreDeterministicAndDistinctPerPartnerAndJointSession() {
            assertThat(derivedSessionId(WED, ALEX)).isEqualTo(derivedSessionId(WED, ALEX));
            assertThat(derivedSessionId(WED, ALEX)).isNotEqualTo(derivedSessionId(WED, SAM));
            assertThat(derivedSessionId(WED, ALEX)).isNotEqualTo(derivedSessionId(FRI, ALEX));
            assertThat(derivedSessionId(WED, ALEX)).isNotEqualTo(WED);
            assertThat(derivedSessionId(WED, ALEX).value()).hasSize(36);
        }

        @Test
        void pausingLeavesPastStartedCancelledAndNonJointSessionsAlone() {
            Instant startedBeforeThePause = PAUSED_AT.minus(Duration.ofMinutes(30));
            given(coupleOpened(),
                    jointScheduled(MON, MON_AT),
                    jointScheduled(SessionId.of("s-in-progress"), startedBeforeThePause),
                    jointScheduled(WED, WED_AT),
                    cancelled(WED, CancellationReason.CLIENT_REQUEST, MON_AT),
                    individualScheduled(THU_SESSION, THU_NOON, ALEX),
                    scheduled(FRI, SessionKind.PSYCHOEDUCATION, FRI_AT, 60, ALEX, SAM))
                    .when(pause(JointSessionHandling.CONVERT_TO_INDIVIDUAL))
                    .expectEvents(paused(JointSessionHandling.CONVERT_TO_INDIVIDUAL));
        }

        @Test
        void aJointSessionStartingTheInstantOfThePauseIsNoLongerAhead() {
            given(coupleOpened(), jointScheduled(MON, PAUSED_AT))
                    .when(pause(JointSessionHandling.CANCEL))
                    .expectEvents(paused(JointSessionHandling.CANCEL));
        }

        @Test
        void pausingAPausedTherapyIsRefused() {
            given(coupleOpened(), paused(JointSessionHandling.CANCEL))
                    .when(pause(JointSessionHandling.CANCEL))
                    .expectException(violates("couples-therapy-paused"))
                    .expectNoEvents()
                    .expectNoScheduledDeadlines();
        }

        @Test
        void pausingADiscontinuedTherapyIsRefused() {
            given(coupleOpened(), discontinued(MON_AT))
                    .when(pause(JointSessionHandling.CANCEL))
                    .expectException(violates("couples-therapy-discontinued"))
                    .expectNoEvents();
        }

        @Test
        void aFamilyWithoutPartnersHasNoCouplesTherapyToPause() {
            given(familyOpened())
                    .when(pause(JointSessionHandling.CANCEL))
                    .expectException(violates("no-couple-in-plan"))
                    .expectNoEvents();
        }

        @Test
        void theConvertedSessionsAreOrdinaryIndividualSessionsThatCanBeAttendedDuringThePause() {
            SessionId alexHalf = derivedSessionId(WED, ALEX);
            Instant recorded = after(WED_AT);
            given(coupleOpened(), jointScheduled(WED, WED_AT), paused(JointSessionHandling.CONVERT_TO_INDIVIDUAL),
                    pausedAway(WED), half(WED, slot(ALEX, WED_AT, 45)))
                    .when(recordAttendance(alexHalf, recorded, attendedEntry(ALEX)))
                    .expectEvents(attendanceRecorded(alexHalf, recorded, attended(ALEX, 45)));
        }
    }

    @Nested
    class TheReviewDeadline {

        @Test
        void pausingSchedulesTheReviewForTheStartOfTheReviewDay() {
            given(coupleOpened())
                    .when(pause(JointSessionHandling.CANCEL))
                    .expectScheduledDeadline(REVIEW_DUE_AT, REVIEW)
                    .expectScheduledDeadlineWithName(REVIEW_DUE_AT, PAUSE_REVIEW);
        }

        @Test
        void theReviewFallsDueWhenItsDayComes() {
            givenCommands(openCouple(), pause(JointSessionHandling.CANCEL))
                    .whenThenTimeAdvancesTo(REVIEW_DUE_AT)
                    .expectTriggeredDeadlines(REVIEW)
                    .expectEvents(new CouplesTherapyPauseReviewDue(PLAN, REVIEW_ON, REVIEW_DUE_AT));
        }

        @Test
        void theReviewFallsDueOnceTheTimeUntilItHasElapsed() {
            givenCommands(openCouple(), pause(JointSessionHandling.CANCEL))
                    .whenTimeElapses(Duration.between(OPENED_AT, REVIEW_DUE_AT).plusHours(1))
                    .expectTriggeredDeadlinesWithName(PAUSE_REVIEW)
                    .expectEvents(new CouplesTherapyPauseReviewDue(PLAN, REVIEW_ON, REVIEW_DUE_AT));
        }

        @Test
        void nothingFallsDueBeforeTheReviewDay() {
            givenCommands(openCouple(), pause(JointSessionHandling.CANCEL))
                    .whenThenTimeAdvancesTo(REVIEW_DUE_AT.minusSeconds(1))
                    .expectNoEvents()
                    .expectTriggeredDeadlines()
                    .expectScheduledDeadline(REVIEW_DUE_AT, REVIEW);
        }

        @Test
        void aDueReviewLeavesTherapyPausedUntilTheClinicianDecides() {
            given(coupleOpened(), paused(JointSessionHandling.CANCEL),
                    new CouplesTherapyPauseReviewDue(PLAN, REVIEW_ON, REVIEW_DUE_AT))
                    .when(scheduleJoint(NEXT_MON, Instant.parse("2026-03-23T17:00:00Z")))
                    .expectException(violates("couples-therapy-paused"))
                    .expectNoEvents();
        }

        @Test
        void resumingCancelsTheReviewDeadline() {
            givenCommands(openCouple(), pause(JointSessionHandling.CANCEL))
                    .when(resumeBothReady(THU_NOON))
                    .expectEvents(resumed(THU_NOON))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void afterResumingTheReviewDayPassesUnnoticed() {
            givenCommands(openCouple(), pause(JointSessionHandling.CANCEL), resumeBothReady(THU_NOON))
                    .whenThenTimeAdvancesTo(REVIEW_DUE_AT.plusSeconds(3600))
                    .expectTriggeredDeadlines()
                    .expectNoEvents();
        }

        @Test
        void discontinuingCancelsTheReviewDeadline() {
            givenCommands(openCouple(), pause(JointSessionHandling.CANCEL))
                    .when(discontinue(THU_NOON))
                    .expectEvents(discontinued(THU_NOON))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void dischargingCancelsTheReviewDeadline() {
            givenCommands(openCouple(), pause(JointSessionHandling.CANCEL))
                    .when(discharge(THU_NOON))
                    .expectEvents(discharged(THU_NOON))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void aStaleDeadlineOfAPauseThatEndedRecordsNothing() {
            givenCommands(openCouple(), pause(JointSessionHandling.CANCEL))
                    .andGiven(resumed(THU_NOON))
                    .whenThenTimeAdvancesTo(REVIEW_DUE_AT)
                    .expectTriggeredDeadlines(REVIEW)
                    .expectNoEvents();
        }

        @Test
        void aStaleDeadlineOfAnEarlierPauseRecordsNothingDuringALaterPause() {
            LocalDate laterReview = LocalDate.parse("2026-03-27");
            givenCommands(openCouple(), pause(JointSessionHandling.CANCEL))
                    .andGiven(resumed(THU_NOON), new CouplesTherapyPaused(PLAN, PauseReason.ACTIVE_CONFLICT,
                            laterReview, JointSessionHandling.CANCEL, CLINICIAN, FRI_AT))
                    .whenThenTimeAdvancesTo(REVIEW_DUE_AT)
                    .expectTriggeredDeadlines(REVIEW)
                    .expectNoEvents();
        }

        @Test
        void aStaleDeadlineOfAReviewAlreadyRecordedRecordsNothing() {
            givenCommands(openCouple(), pause(JointSessionHandling.CANCEL))
                    .andGiven(new CouplesTherapyPauseReviewDue(PLAN, REVIEW_ON, REVIEW_DUE_AT))
                    .whenThenTimeAdvancesTo(REVIEW_DUE_AT)
                    .expectNoEvents();
        }

        @Test
        void aStaleDeadlineAfterCouplesTherapyWasDiscontinuedRecordsNothing() {
            givenCommands(openCouple(), pause(JointSessionHandling.CANCEL))
                    .andGiven(discontinued(THU_NOON))
                    .whenThenTimeAdvancesTo(REVIEW_DUE_AT)
                    .expectNoEvents();
        }

        @Test
        void aStaleDeadlineAfterDischargeRecordsNothing() {
            givenCommands(openCouple(), pause(JointSessionHandling.CANCEL))
                    .andGiven(discharged(THU_NOON))
                    .whenThenTimeAdvancesTo(REVIEW_DUE_AT)
                    .expectNoEvents();
        }
    }

    @Nested
    class APartnerLeavingAFamilyDuringAPause {

        static RecordMemberLeft jordanLeaves() {
            return new RecordMemberLeft(PLAN, JORDAN, MemberLeaveReason.SEPARATION, CLINICIAN, THU_NOON);
        }

        @Test
        void aPartnersLeavingEndsCouplesTherapyForTheReasonTheyLeft() {
            givenCommands(openBlendedFamily(), pause(JointSessionHandling.CANCEL))
                    .when(jordanLeaves())
                    .expectEvents(
                            new CouplesTherapyDiscontinued(PLAN, DiscontinuationReason.SEPARATION, CLINICIAN, THU_NOON),
                            new MemberLeft(PLAN, JORDAN, MemberLeaveReason.SEPARATION, CLINICIAN, THU_NOON));
        }

        @Test
        void couplesTherapyWithoutACoupleCannotBeDiscontinued() {
            given(blendedFamilyOpened(), paused(JointSessionHandling.CANCEL),
                    new MemberLeft(PLAN, JORDAN, MemberLeaveReason.SEPARATION, CLINICIAN, THU_NOON))
                    .when(discontinue(FRI_AT))
                    .expectException(violates("no-couple-in-plan"))
                    .expectNoEvents();
        }

        @Test
        void aPartnerLeavingEndsThePendingPauseReview() {
            givenCommands(openBlendedFamily(), pause(JointSessionHandling.CANCEL))
                    .when(jordanLeaves())
                    .expectSuccessfulHandlerExecution()
                    .expectNoScheduledDeadlines();
        }

        @Test
        void couplesTherapyCannotBeResumedWithTheReadinessOfTheOnePartnerLeft() {
            given(blendedFamilyOpened(), paused(JointSessionHandling.CANCEL),
                    new MemberLeft(PLAN, JORDAN, MemberLeaveReason.SEPARATION, CLINICIAN, THU_NOON))
                    .when(resume(FRI_AT, new PartnerReadiness(MORGAN, Readiness.READY)))
                    .expectException(PlanRuleViolation.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Resuming {

        @Test
        void resumingRecordsTheReadinessOfBothPartners() {
            given(coupleOpened(), paused(JointSessionHandling.CANCEL))
                    .when(resumeBothReady(THU_NOON))
                    .expectEvents(resumed(THU_NOON));
        }

        @Test
        void readinessMayBeGivenInAnyOrderAndMayBeReserved() {
            List<PartnerReadiness> readiness = List.of(new PartnerReadiness(SAM, Readiness.NOT_READY),
                    new PartnerReadiness(ALEX, Readiness.READY));
            given(coupleOpened(), paused(JointSessionHandling.CANCEL))
                    .when(new ResumeCouplesTherapy(PLAN, readiness, CLINICIAN, THU_NOON))
                    .expectEvents(new CouplesTherapyResumed(PLAN, readiness, CLINICIAN, THU_NOON));
        }

        @Test
        void resumingLeavesSessionsConvertedDuringThePauseInPlace() {
            given(coupleOpened(), jointScheduled(FRI, FRI_AT), paused(JointSessionHandling.CONVERT_TO_INDIVIDUAL),
                    pausedAway(FRI), half(FRI, slot(ALEX, FRI_AT, 45)),
                    half(FRI, slot(SAM, plusMinutes(FRI_AT, 45), 45)))
                    .when(resumeBothReady(THU_NOON))
                    .expectEvents(resumed(THU_NOON));
        }

        @Test
        void onlyAPausedTherapyCanBeResumed() {
            given(coupleOpened())
                    .when(resumeBothReady(THU_NOON))
                    .expectException(violates("couples-therapy-not-paused"))
                    .expectNoEvents();
        }

        @Test
        void aDiscontinuedTherapyCannotBeResumed() {
            given(coupleOpened(), paused(JointSessionHandling.CANCEL), discontinued(MON_AT))
                    .when(resumeBothReady(THU_NOON))
                    .expectException(violates("couples-therapy-not-paused"))
                    .expectNoEvents();
        }

        @Test
        void theReadinessOfOnePartnerIsNotEnough() {
            givenCommands(openCouple(), pause(JointSessionHandling.CANCEL))
                    .when(resume(THU_NOON, new PartnerReadiness(ALEX, Readiness.READY)))
                    .expectException(violates("readiness-of-both-partners"))
                    .expectNoEvents()
                    .expectScheduledDeadline(REVIEW_DUE_AT, REVIEW);
        }

        @Test
        void readinessOfSomeoneElseDoesNotStandInForAPartner() {
            given(coupleOpened(), paused(JointSessionHandling.CANCEL))
                    .when(resume(THU_NOON, new PartnerReadiness(ALEX, Readiness.READY),
                            new PartnerReadiness(STRANGER, Readiness.READY)))
                    .expectException(violates("readiness-of-both-partners"))
                    .expectNoEvents();
        }

        @Test
        void readinessIsOfThePartnersOnlyNotOtherFamilyMembers() {
            given(blendedFamilyOpened(), paused(JointSessionHandling.CANCEL))
                    .when(resume(THU_NOON, new PartnerReadiness(MORGAN, Readiness.READY),
                            new PartnerReadiness(JORDAN, Readiness.READY), new PartnerReadiness(RILEY, Readiness.READY)))
                    .expectException(violates("readiness-of-both-partners"))
                    .expectNoEvents();
        }

        @Test
        void noReadinessAtAllIsRefused() {
            given(coupleOpened(), paused(JointSessionHandling.CANCEL))
                    .when(resume(THU_NOON))
                    .expectException(violates("readiness-of-both-partners"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Discontinuing {

        @Test
        void discontinuingCancelsTheJointSessionsAheadAndNothingElse() {
            given(coupleOpened(), jointScheduled(MON, MON_AT), jointScheduled(WED, WED_AT),
                    individualScheduled(THU_SESSION, THU_NOON, ALEX), jointScheduled(FRI, FRI_AT))
                    .when(discontinue(TUE_NOON))
                    .expectEvents(discontinued(TUE_NOON),
                            cancelled(WED, CancellationReason.COUPLES_THERAPY_DISCONTINUED, TUE_NOON),
                            cancelled(FRI, CancellationReason.COUPLES_THERAPY_DISCONTINUED, TUE_NOON));
        }

        @Test
        void discontinuingReleasesTheCancelledSessionsBookings() {
            givenCommands(openCouple(), scheduleJoint(WED, WED_AT))
                    .when(discontinue(TUE_NOON))
                    .expectSuccessfulHandlerExecution();
            assertThat(bookings.isBooked(PLAN, WED)).isFalse();
        }

        @Test
        void aPausedTherapyMayBeDiscontinuedKeepingItsConvertedSessions() {
            given(coupleOpened(), jointScheduled(FRI, FRI_AT), paused(JointSessionHandling.CONVERT_TO_INDIVIDUAL),
                    pausedAway(FRI), half(FRI, slot(ALEX, FRI_AT, 45)),
                    half(FRI, slot(SAM, plusMinutes(FRI_AT, 45), 45)))
                    .when(discontinue(THU_NOON))
                    .expectEvents(discontinued(THU_NOON));
        }

        @Test
        void couplesTherapyIsDiscontinuedOnce() {
            given(coupleOpened(), discontinued(MON_AT))
                    .when(discontinue(TUE_NOON))
                    .expectException(violates("couples-therapy-discontinued"))
                    .expectNoEvents();
        }

        @Test
        void aFamilyWithoutPartnersHasNoCouplesTherapyToDiscontinue() {
            given(familyOpened())
                    .when(discontinue(TUE_NOON))
                    .expectException(violates("no-couple-in-plan"))
                    .expectNoEvents();
        }
    }

    @Nested
    class JointParticipationExpectation {

        @Test
        void stronglyEncouragingJointParticipationRecordsWhy() {
            given(coupleOpened())
                    .when(new SetJointParticipationExpectation(PLAN, JointParticipation.STRONGLY_ENCOURAGED,
                            JointParticipationReason.MAJOR_DECISION, CLINICIAN, TUE_NOON))
                    .expectEvents(new JointParticipationExpectationSet(PLAN, JointParticipation.STRONGLY_ENCOURAGED,
                            JointParticipationReason.MAJOR_DECISION, CLINICIAN, TUE_NOON));
        }

        @Test
        void jointParticipationCanBecomeVoluntaryAgain() {
            given(coupleOpened(), stronglyEncouraged())
                    .when(new SetJointParticipationExpectation(PLAN, JointParticipation.VOLUNTARY, null, CLINICIAN,
                            TUE_NOON))
                    .expectEvents(new JointParticipationExpectationSet(PLAN, JointParticipation.VOLUNTARY, null,
                            CLINICIAN, TUE_NOON));
        }

        @Test
        void aFamilyWithoutPartnersHasNoJointParticipationToExpect() {
            given(familyOpened())
                    .when(new SetJointParticipationExpectation(PLAN, JointParticipation.STRONGLY_ENCOURAGED,
                            JointParticipationReason.ACTIVE_CONFLICT, CLINICIAN, TUE_NOON))
                    .expectException(violates("no-couple-in-plan"))
                    .expectNoEvents();
        }
    }
}
