package care.tandem.query.careplan;

import care.tandem.events.plan.GoalScope;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.MemberRole;
import care.tandem.events.plan.UnitKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A plan's record for other systems, as its events change it. */
class CarePlanRecordDocumentTest {

    private static final Instant OPENED = Instant.parse("2026-03-02T14:00:00Z");

    private final CarePlanRecordDocument opened = CarePlanRecordDocument.empty("plan/plan-7").opened(UnitKind.COUPLE,
            LevelOfCare.IOP_ADULT, OPENED, List.of(member("p-a"), member("p-b")), "c-lee");

    @Test
    void aMemberWhoLeftStaysWithTheTimeTheyLeft() {
        CarePlanRecordDocument left = opened.withMemberLeft("p-b", day(3));
        assertThat(left.members()).extracting(UnitMember::participantId, UnitMember::leftAt)
                .containsExactly(tuple("p-a", null),
                        tuple("p-b", day(3)));
        assertThat(left.withMemberLeft("p-b", day(5)).members().get(1).leftAt()).as("the first leaving stands")
                .isEqualTo(day(3));
        UnitMember back = new UnitMember("p-b", "p-b", MemberRole.PARTNER, false, List.of(), day(7), null);
        assertThat(left.withMember(back).members()).as("rejoined: listed once, as in the unit again")
                .extracting(UnitMember::participantId, UnitMember::leftAt)
                .containsExactly(tuple("p-a", null), tuple("p-b", null));
    }

    @Test
    void theCareTeamKeepsEachClinicianWithThePeriodTheyWereOnItAndDischargeEndsEveryone() {
        CarePlanRecordDocument team = opened.withClinician("c-okafor", day(1)).withoutClinician("c-okafor", day(4))
                .withClinician("c-okafor", day(6));
        assertThat(team.careTeam()).extracting(CareTeamMembership::clinicianId, CareTeamMembership::since,
                        CareTeamMembership::until)
                .containsExactly(tuple("c-lee", OPENED, null),
                        tuple("c-okafor", day(1), day(4)),
                        tuple("c-okafor", day(6), null));
        assertThat(team.careTeam().get(0).primary()).isTrue();
        CarePlanRecordDocument discharged = team.discharged(day(9));
        assertThat(discharged.careTeam()).extracting(CareTeamMembership::until)
                .containsExactly(day(9), day(4), day(9));
        assertThat(discharged.dischargedAt()).isEqualTo(day(9));
    }

    @Test
    void aRevisedGoalReadsAsRevisedAndKeepsWhenAndByWhomItWasSet() {
        CarePlanRecordDocument goals = opened
                .withGoal(new RecoveryGoal("g-1", GoalScope.INDIVIDUAL, "p-a", "first", "c-lee", day(1), null))
                .withGoalRevised("g-1", "second", day(2)).withLevelOfCare(LevelOfCare.PHP);
        assertThat(goals.goals()).singleElement().satisfies(goal -> {
            assertThat(goal.description()).isEqualTo("second");
            assertThat(goal.setAt()).isEqualTo(day(1));
            assertThat(goal.revisedAt()).isEqualTo(day(2));
            assertThat(goal.participantId()).isEqualTo("p-a");
        });
        assertThat(goals.levelOfCare()).isEqualTo(LevelOfCare.PHP);
    }

    @Test
    void aPlanIsOpenDuringAPeriodItOverlaps() {
        CarePlanRecordDocument discharged = opened.discharged(day(10));
        assertThat(discharged.openDuring(day(-5), day(0))).as("ends as it opens").isFalse();
        assertThat(discharged.openDuring(day(-5), day(1))).isTrue();
        assertThat(discharged.openDuring(day(10), day(12))).as("discharged that instant").isTrue();
        assertThat(discharged.openDuring(day(11), day(12))).isFalse();
        assertThat(opened.openDuring(day(100), day(101))).isTrue();
        assertThat(CarePlanRecordDocument.empty("plan/x").openDuring(day(0), day(1))).as("never opened").isFalse();
        assertThat(opened.planId()).isEqualTo("plan-7");
    }

    private static UnitMember member(String id) {
        return new UnitMember(id, id, MemberRole.PARTNER, false, List.of(), OPENED, null);
    }

    private static Instant day(int day) {
        return OPENED.plusSeconds(86_400L * day);
    }
}
