package care.tandem.command.plan;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.DiscontinuationReason;
import care.tandem.events.plan.CouplesTherapyDiscontinued;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.LevelOfCareChangeReason;
import care.tandem.events.plan.LevelOfCareChanged;
import care.tandem.events.plan.Member;
import care.tandem.events.plan.MemberAdded;
import care.tandem.events.plan.MemberLeaveReason;
import care.tandem.events.plan.MemberLeft;
import care.tandem.events.plan.MemberRole;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.events.plan.UnitKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static care.tandem.command.plan.PlanMatchers.violates;
import static care.tandem.command.plan.PlanTestData.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Opening a plan, who belongs to it, and its level of care. */
class TreatmentPlanMembershipTest extends TreatmentPlanFixture {

    static final ParticipantId ROBIN = ParticipantId.of("p-robin");

    static RecordMemberLeft leave(ParticipantId who) {
        return new RecordMemberLeft(PLAN, who, MemberLeaveReason.WITHDREW, CLINICIAN, TUE_NOON);
    }

    static MemberLeft left(ParticipantId who) {
        return new MemberLeft(PLAN, who, MemberLeaveReason.WITHDREW, CLINICIAN, TUE_NOON);
    }

    static AddMember add(Member member) {
        return new AddMember(PLAN, member, CLINICIAN, TUE_NOON);
    }

    @Nested
    class OpeningAPlan {

        @Test
        void openingACouplesPlanRecordsBothPartnersTheClinicianAndTheLevelOfCare() {
            givenNoPriorActivity()
                    .when(new OpenTreatmentPlan(PLAN, UnitKind.COUPLE,
                            List.of(new Member(ALEX, "  Alex ", MemberRole.PARTNER, false, null), SAM_PARTNER),
                            CLINICIAN, LevelOfCare.IOP_ADULT, OPENED_AT))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(coupleOpened());
        }

        @Test
        void openingAFamilyPlanRecordsItsMinorsWithTheirGuardians() {
            givenNoPriorActivity()
                    .when(openFamily())
                    .expectEvents(new TreatmentPlanOpened(PLAN, UnitKind.FAMILY,
                            List.of(MORGAN_PARENT, JORDAN_PARENT,
                                    minor(RILEY, "Riley", MemberRole.ADOLESCENT, MORGAN, JORDAN),
                                    minor(KAI, "Kai", MemberRole.CHILD, MORGAN)),
                            CLINICIAN, LevelOfCare.IOP_ADOLESCENT, OPENED_AT));
        }

        @Test
        void aNewPlanStartsWithActiveCouplesTherapySoJointSessionsCanBeScheduledAtOnce() {
            givenCommands(openCouple())
                    .when(scheduleJoint(MON, MON_AT))
                    .expectEvents(jointScheduled(MON, MON_AT));
        }
    }

    @Nested
    class AddingAMember {

        @Test
        void anAdultJoiningAFamilyIsRecorded() {
            Member grandparent = adult(ROBIN, "Robin", MemberRole.OTHER_FAMILY);
            given(familyOpened())
                    .when(add(grandparent))
                    .expectEvents(new MemberAdded(PLAN, grandparent, CLINICIAN, TUE_NOON));
        }

        @Test
        void aMinorJoiningWithAnAdultMemberAsGuardianIsRecorded() {
            Member sibling = minor(ROBIN, "Robin", MemberRole.CHILD, JORDAN);
            given(familyOpened())
                    .when(add(sibling))
                    .expectEvents(new MemberAdded(PLAN, sibling, CLINICIAN, TUE_NOON));
        }

        @Test
        void someoneWhoLeftMayJoinAgain() {
            given(familyOpened(), left(KAI))
                    .when(add(KAI_CHILD))
                    .expectEvents(new MemberAdded(PLAN, KAI_CHILD, CLINICIAN, TUE_NOON));
        }

        @Test
        void aCurrentMemberCannotBeAddedAgain() {
            given(familyOpened())
                    .when(add(adult(JORDAN, "Jordan", MemberRole.PARENT)))
                    .expectException(violates("already-a-member"))
                    .expectNoEvents();
        }

        @Test
        void aCouplesPlanTakesNoThirdMember() {
            given(coupleOpened())
                    .when(add(adult(ROBIN, "Robin", MemberRole.OTHER_FAMILY)))
                    .expectException(violates("couple-has-two-partners"))
                    .expectNoEvents();
        }

        @Test
        void aMinorsGuardianMustBeAMemberOfThePlan() {
            given(familyOpened())
                    .when(add(minor(ROBIN, "Robin", MemberRole.CHILD, STRANGER)))
                    .expectException(violates("not-a-plan-member"))
                    .expectNoEvents();
        }

        @Test
        void aGuardianWhoLeftThePlanCannotVouchForANewMinor() {
            given(familyOpened(), left(JORDAN))
                    .when(add(minor(ROBIN, "Robin", MemberRole.CHILD, JORDAN)))
                    .expectException(violates("not-a-plan-member"))
                    .expectNoEvents();
        }

        @Test
        void aMinorsGuardianMustBeAnAdult() {
            given(familyOpened())
                    .when(add(minor(ROBIN, "Robin", MemberRole.CHILD, MORGAN, RILEY)))
                    .expectException(violates("guardian-must-be-adult"))
                    .expectNoEvents();
        }
    }

    @Nested
    class AMemberLeaving {

        @Test
        void aChildLeavingAFamilyIsRecorded() {
            given(familyOpened())
                    .when(leave(KAI))
                    .expectEvents(left(KAI));
        }

        @Test
        void oneOfTwoGuardiansMayLeave() {
            given(familyOpened(), memberLeft(KAI, MON_AT))
                    .when(leave(JORDAN))
                    .expectEvents(left(JORDAN));
        }

        @Test
        void theLastGuardianOfAMinorInThePlanCannotLeave() {
            given(familyOpened())
                    .when(leave(MORGAN))
                    .expectException(violates("minor-needs-guardian"))
                    .expectNoEvents();
        }

        @Test
        void aGuardianBecomesTheLastOneWhenTheOtherGuardianHasLeft() {
            given(familyOpened(), memberLeft(KAI, MON_AT), memberLeft(JORDAN, MON_AT))
                    .when(leave(MORGAN))
                    .expectException(violates("minor-needs-guardian"))
                    .expectNoEvents();
        }

        @Test
        void aGuardianMayLeaveOnceTheirOnlyWardLeft() {
            given(familyOpened(), memberLeft(KAI, MON_AT))
                    .when(leave(MORGAN))
                    .expectEvents(left(MORGAN));
        }

        @Test
        void aPartnerCannotLeaveACouplesPlan() {
            given(coupleOpened())
                    .when(leave(ALEX))
                    .expectException(violates("unit-needs-two-members"))
                    .expectNoEvents();
        }

        @Test
        void aFamilyDownToTwoMembersKeepsThem() {
            given(familyOpened(), memberLeft(KAI, MON_AT), memberLeft(RILEY, MON_AT))
                    .when(leave(JORDAN))
                    .expectException(violates("unit-needs-two-members"))
                    .expectNoEvents();
        }

        @Test
        void someoneOutsideThePlanCannotLeaveIt() {
            given(familyOpened())
                    .when(leave(STRANGER))
                    .expectException(violates("not-a-plan-member"))
                    .expectNoEvents();
        }

        @Test
        void someoneWhoAlreadyLeftCannotLeaveAgain() {
            given(familyOpened(), left(KAI))
                    .when(leave(KAI))
                    .expectException(violates("not-a-plan-member"))
                    .expectNoEvents();
        }

        @Test
        void leavingCancelsTheMembersIndividualAndJointSessionsAheadButNotTheirPastOrFamilySessions() {
            given(blendedFamilyOpened(),
                    individualScheduled(MON, MON_AT, JORDAN),
                    scheduled(WED, SessionKind.COUPLES, WED_AT, JOINT_MINUTES, MORGAN, JORDAN),
                    individualScheduled(FRI, FRI_AT, JORDAN),
                    individualScheduled(NEXT_MON, NEXT_MON_AT, MORGAN),
                    scheduled(GROUP, SessionKind.FAMILY, NEXT_WED_AT, JOINT_MINUTES, MORGAN, JORDAN, RILEY))
                    .when(leave(JORDAN))
                    .expectEvents(
                            cancelled(WED, CancellationReason.MEMBER_LEFT, TUE_NOON),
                            cancelled(FRI, CancellationReason.MEMBER_LEFT, TUE_NOON),
                            // Jordan is one of the family's partners: without both, couples therapy ends.
                            new CouplesTherapyDiscontinued(PLAN, DiscontinuationReason.CLIENT_REQUEST, CLINICIAN,
                                    TUE_NOON),
                            left(JORDAN));
        }

        @Test
        void leavingReleasesTheCancelledSessionsBookings() {
            givenCommands(openFamily(), scheduleIndividual(WED, WED_AT, KAI),
                    scheduleIndividual(FRI, FRI_AT, JORDAN))
                    .when(leave(KAI))
                    .expectEvents(cancelled(WED, CancellationReason.MEMBER_LEFT, TUE_NOON), left(KAI));
            assertThat(bookings.isBooked(PLAN, WED)).isFalse();
            assertThat(bookings.isBooked(PLAN, FRI)).isTrue();
        }
    }

    @Nested
    class ChangingTheLevelOfCare {

        static ChangeLevelOfCare changeTo(LevelOfCare level) {
            return new ChangeLevelOfCare(PLAN, level, LevelOfCareChangeReason.CLINICAL_STEP_UP, CLINICIAN, TUE_NOON);
        }

        @Test
        void aNewLevelIsRecordedWithTheOneBefore() {
            given(coupleOpened())
                    .when(changeTo(LevelOfCare.PHP))
                    .expectEvents(new LevelOfCareChanged(PLAN, LevelOfCare.IOP_ADULT, LevelOfCare.PHP,
                            LevelOfCareChangeReason.CLINICAL_STEP_UP, CLINICIAN, TUE_NOON));
        }

        @Test
        void theLevelBeforeIsTheLatestOne() {
            given(coupleOpened(), new LevelOfCareChanged(PLAN, LevelOfCare.IOP_ADULT, LevelOfCare.PHP,
                    LevelOfCareChangeReason.CLINICAL_STEP_UP, CLINICIAN, MON_AT))
                    .when(changeTo(LevelOfCare.IOP_ADULT))
                    .expectEvents(new LevelOfCareChanged(PLAN, LevelOfCare.PHP, LevelOfCare.IOP_ADULT,
                            LevelOfCareChangeReason.CLINICAL_STEP_UP, CLINICIAN, TUE_NOON));
        }

        @Test
        void theCurrentLevelIsNoChange() {
            given(coupleOpened())
                    .when(changeTo(LevelOfCare.IOP_ADULT))
                    .expectException(violates("level-of-care-unchanged"))
                    .expectNoEvents();
        }
    }
}
