package care.tandem.command.plan;

import care.tandem.events.id.GoalId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AdjustedFocus;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.GoalScope;
import care.tandem.events.plan.JointParticipation;
import care.tandem.events.plan.JointParticipationReason;
import care.tandem.events.plan.JointSessionHandling;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.LevelOfCareChangeReason;
import care.tandem.events.plan.MemberLeaveReason;
import care.tandem.events.plan.MemberRole;
import care.tandem.events.plan.RecoveryGoalRevised;
import care.tandem.events.plan.RecoveryGoalSet;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.TherapistJudgement;
import care.tandem.events.plan.TreatmentPlanDischarged;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static care.tandem.command.plan.PlanMatchers.violates;
import static care.tandem.command.plan.PlanTestData.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Recovery goals, and discharge, which closes the plan for good. */
class PlanLifecycleTest extends TreatmentPlanFixture {

    static final Instant DISCHARGED_AT = TUE_NOON;

    static SetRecoveryGoal setGoal(GoalId goal, GoalScope scope, ParticipantId who) {
        return new SetRecoveryGoal(PLAN, goal, scope, who, " Weekly check-in without blame ", CLINICIAN, TUE_NOON);
    }

    static ReviseRecoveryGoal revise(GoalId goal) {
        return new ReviseRecoveryGoal(PLAN, goal, "Twice-weekly check-in", CLINICIAN, THU_NOON);
    }

    @Nested
    class RecoveryGoals {

        @Test
        void aSharedGoalOfTheUnitIsRecorded() {
            given(coupleOpened())
                    .when(setGoal(GOAL, GoalScope.SHARED, null))
                    .expectEvents(new RecoveryGoalSet(PLAN, GOAL, GoalScope.SHARED, null,
                            "Weekly check-in without blame", CLINICIAN, TUE_NOON));
        }

        @Test
        void anIndividualGoalOfOneMemberIsRecorded() {
            given(familyOpened())
                    .when(setGoal(GOAL, GoalScope.INDIVIDUAL, RILEY))
                    .expectEvents(new RecoveryGoalSet(PLAN, GOAL, GoalScope.INDIVIDUAL, RILEY,
                            "Weekly check-in without blame", CLINICIAN, TUE_NOON));
        }

        @Test
        void anIndividualGoalIsForAMemberOfThePlan() {
            given(familyOpened())
                    .when(setGoal(GOAL, GoalScope.INDIVIDUAL, STRANGER))
                    .expectException(violates("not-a-plan-member"))
                    .expectNoEvents();
        }

        @Test
        void anIndividualGoalIsNotSetForSomeoneWhoLeft() {
            given(familyOpened(), memberLeft(KAI, MON_AT))
                    .when(setGoal(GOAL, GoalScope.INDIVIDUAL, KAI))
                    .expectException(violates("not-a-plan-member"))
                    .expectNoEvents();
        }

        @Test
        void aGoalIdIsSetOnceAndThenRevised() {
            given(coupleOpened(), sharedGoalSet(GOAL))
                    .when(setGoal(GOAL, GoalScope.SHARED, null))
                    .expectException(violates("goal-already-set"))
                    .expectNoEvents();
        }

        @Test
        void revisingAGoalRecordsTheNewDescription() {
            given(coupleOpened(), sharedGoalSet(GOAL))
                    .when(revise(GOAL))
                    .expectEvents(new RecoveryGoalRevised(PLAN, GOAL, null, "Twice-weekly check-in", CLINICIAN, THU_NOON));
        }

        @Test
        void revisingAMembersGoalNamesTheMemberItIsFor() {
            given(familyOpened(), new RecoveryGoalSet(PLAN, GOAL, GoalScope.INDIVIDUAL, RILEY, "Sleep routine",
                    CLINICIAN, TUE_NOON))
                    .when(revise(GOAL))
                    .expectEvents(new RecoveryGoalRevised(PLAN, GOAL, RILEY, "Twice-weekly check-in", CLINICIAN,
                            THU_NOON));
        }

        @Test
        void aGoalMayBeRevisedAgain() {
            given(coupleOpened(), sharedGoalSet(GOAL),
                    new RecoveryGoalRevised(PLAN, GOAL, null, "Daily check-in", CLINICIAN, TUE_NOON))
                    .when(revise(GOAL))
                    .expectEvents(new RecoveryGoalRevised(PLAN, GOAL, null, "Twice-weekly check-in", CLINICIAN, THU_NOON));
        }

        @Test
        void revisingAGoalThePlanDoesNotHaveIsUnknown() {
            given(coupleOpened(), sharedGoalSet(GOAL))
                    .when(revise(GoalId.of("g-other")))
                    .expectException(UnknownGoalException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Discharging {

        @Test
        void dischargeCancelsEverySessionAheadInStartOrderAndRecordsTheReferrals() {
            given(familyOpened(),
                    scheduled(MON, SessionKind.FAMILY, MON_AT, JOINT_MINUTES, MORGAN, JORDAN, RILEY, KAI),
                    individualScheduled(FRI, FRI_AT, RILEY),
                    scheduled(WED, SessionKind.DISCHARGE_PLANNING, WED_AT, 60, MORGAN, RILEY),
                    scheduled(GROUP, SessionKind.MULTI_FAMILY_GROUP, THU_NOON, 120, JORDAN, KAI),
                    individualScheduled(NEXT_MON, NEXT_MON_AT, KAI),
                    cancelled(NEXT_MON, CancellationReason.CLIENT_REQUEST, MON_AT))
                    .when(discharge(DISCHARGED_AT))
                    .expectEvents(
                            cancelled(WED, CancellationReason.PLAN_DISCHARGED, DISCHARGED_AT),
                            cancelled(GROUP, CancellationReason.PLAN_DISCHARGED, DISCHARGED_AT),
                            cancelled(FRI, CancellationReason.PLAN_DISCHARGED, DISCHARGED_AT),
                            new TreatmentPlanDischarged(PLAN, referrals(), CLINICIAN, DISCHARGED_AT));
        }

        @Test
        void dischargeWithoutReferralsIsAllowed() {
            given(coupleOpened())
                    .when(new DischargeTreatmentPlan(PLAN, List.of(), CLINICIAN, DISCHARGED_AT))
                    .expectEvents(new TreatmentPlanDischarged(PLAN, List.of(), CLINICIAN, DISCHARGED_AT));
        }

        @Test
        void dischargeReleasesTheBookingsOfTheSessionsItCancels() {
            givenCommands(openCouple(), scheduleJoint(WED, WED_AT), scheduleIndividual(FRI, FRI_AT, SAM))
                    .when(discharge(DISCHARGED_AT))
                    .expectSuccessfulHandlerExecution();
            assertThat(bookings.sessionsOf(ALEX)).isEmpty();
            assertThat(bookings.sessionsOf(SAM)).isEmpty();
        }

        @Test
        void aDischargedPlanCannotBeDischargedAgain() {
            given(coupleOpened(), discharged(MON_AT))
                    .when(discharge(DISCHARGED_AT))
                    .expectException(violates("plan-closed"))
                    .expectNoEvents();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("care.tandem.command.plan.PlanLifecycleTest#everyCommandOnAnOpenPlan")
        void afterDischargeEveryCommandIsRefusedAsPlanClosed(String name, Object command) {
            // A history in which each command would otherwise be accepted.
            given(coupleOpened(), jointScheduled(MON, MON_AT), soloAttended(MON, ALEX, SAM, after(MON_AT)),
                    makeupOffered(MON, SAM), jointScheduled(FRI, FRI_AT), sharedGoalSet(GOAL),
                    paused(JointSessionHandling.CANCEL), discharged(DISCHARGED_AT))
                    .when(command)
                    .expectException(violates("plan-closed"))
                    .expectNoEvents();
        }
    }

    static Stream<Arguments> everyCommandOnAnOpenPlan() {
        Instant later = THU_NOON;
        return Stream.of(
                new AddMember(PLAN, adult(STRANGER, "Robin", MemberRole.OTHER_FAMILY), CLINICIAN, later),
                new RecordMemberLeft(PLAN, SAM, MemberLeaveReason.SEPARATION, CLINICIAN, later),
                new ChangeLevelOfCare(PLAN, LevelOfCare.PHP, LevelOfCareChangeReason.CLINICAL_STEP_UP, CLINICIAN,
                        later),
                scheduleIndividual(WED, WED_AT, SAM),
                scheduleJoint(WED, WED_AT),
                scheduleMakeup(MAKEUP, WED_AT, MON, SAM),
                new RescheduleSession(PLAN, FRI, NEXT_MON_AT, JOINT_MINUTES, CLINICIAN, later),
                new CancelSession(PLAN, FRI, CancellationReason.CLIENT_REQUEST, CLINICIAN, later),
                recordJoint(MON, later),
                new RecordSoloAttendance(PLAN, MON, ALEX, SAM, AbsenceReason.EMOTIONAL_OVERWHELM, null,
                        TherapistJudgement.ABSENCE_HINDERS_PROGRESS, AdjustedFocus.EMOTIONAL_REGULATION, CLINICIAN,
                        later),
                recordAttendance(MON, later, attendedEntry(ALEX), attendedEntry(SAM)),
                new CorrectAttendance(PLAN, MON, attendedEntry(SAM), "Was there after all", CLINICIAN, later),
                new InformPartnersOfAbsence(PLAN, MON, CLINICIAN, later),
                new OfferSessionSummary(PLAN, MON, CLINICIAN, later),
                new OfferMakeupSession(PLAN, MON, CLINICIAN, later),
                new DeclineMakeupSession(PLAN, MON, CLINICIAN, later),
                pause(JointSessionHandling.CONVERT_TO_INDIVIDUAL),
                resumeBothReady(later),
                discontinue(later),
                new SetJointParticipationExpectation(PLAN, JointParticipation.STRONGLY_ENCOURAGED,
                        JointParticipationReason.READY_FOR_DEEP_WORK, CLINICIAN, later),
                new SetRecoveryGoal(PLAN, GoalId.of("g-2"), GoalScope.INDIVIDUAL, ALEX, "Sleep routine", CLINICIAN,
                        later),
                new ReviseRecoveryGoal(PLAN, GOAL, "Revised", CLINICIAN, later),
                discharge(later))
                .map(command -> Arguments.of(command.getClass().getSimpleName(), command));
    }
}
