package care.tandem.command.plan;

import care.tandem.events.EventMetadata;
import care.tandem.events.id.ClinicianId;
import care.tandem.events.plan.CareTeamJoinReason;
import care.tandem.events.plan.CareTeamLeaveReason;
import care.tandem.events.plan.CareTeamMemberAdded;
import care.tandem.events.plan.CareTeamMemberRemoved;
import care.tandem.events.plan.GoalScope;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.events.plan.UnitKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static care.tandem.command.plan.PlanTestData.ALEX;
import static care.tandem.command.plan.PlanTestData.CLINICIAN;
import static care.tandem.command.plan.PlanTestData.GOAL;
import static care.tandem.command.plan.PlanTestData.JOINT_MINUTES;
import static care.tandem.command.plan.PlanTestData.MON;
import static care.tandem.command.plan.PlanTestData.MON_AT;
import static care.tandem.command.plan.PlanTestData.OPENED_AT;
import static care.tandem.command.plan.PlanTestData.OTHER_CLINICIAN;
import static care.tandem.command.plan.PlanTestData.PLAN;
import static care.tandem.command.plan.PlanTestData.SAM;
import static care.tandem.command.plan.PlanTestData.after;
import static care.tandem.command.plan.PlanTestData.couple;
import static care.tandem.command.plan.PlanTestData.coupleOpened;
import static care.tandem.command.plan.PlanTestData.jointScheduled;

/** Who may act on a plan: its care team, a session's clinician for that session, and trusted machine clients. */
class CareTeamTest extends TreatmentPlanFixture {

    private static final ClinicianId GROUP_LEADER = ClinicianId.of("c-group-leader");
    private static final Instant NOW = OPENED_AT.plusSeconds(3600);

    private static Map<String, String> as(ClinicianId actor) {
        return Map.of(EventMetadata.ACTOR, actor.value());
    }

    private static SetRecoveryGoal goalBy(ClinicianId actor) {
        return new SetRecoveryGoal(PLAN, GOAL, GoalScope.SHARED, null, "Weekly check-in", actor, NOW);
    }

    private static CareTeamMemberAdded added(ClinicianId clinician) {
        return new CareTeamMemberAdded(PLAN, clinician, CareTeamJoinReason.COVERING_CLINICIAN, CLINICIAN, NOW);
    }

    @Test
    void aClinicianOpensAPlanAsItsPrimaryClinician() {
        fixture.givenNoPriorActivity()
                .when(new OpenTreatmentPlan(PLAN, UnitKind.COUPLE, couple(), CLINICIAN, LevelOfCare.IOP_ADULT,
                        OPENED_AT), as(CLINICIAN))
                .expectEvents(coupleOpened());
    }

    @Test
    void aClinicianCannotOpenAPlanForAnotherClinician() {
        fixture.givenNoPriorActivity()
                .when(new OpenTreatmentPlan(PLAN, UnitKind.COUPLE, couple(), CLINICIAN, LevelOfCare.IOP_ADULT,
                        OPENED_AT), as(OTHER_CLINICIAN))
                .expectException(NotOnCareTeamException.class)
                .expectNoEvents();
    }

    @Test
    void aTrustedMachineClientOpensAPlanForAnyClinician() {
        fixture.givenNoPriorActivity()
                .when(new OpenTreatmentPlan(PLAN, UnitKind.COUPLE, couple(), CLINICIAN, LevelOfCare.IOP_ADULT,
                        OPENED_AT), Map.of(EventMetadata.ACTOR, "tandem-seeder", CareTeamPolicy.REACHES_ALL_PLANS, "true"))
                .expectEvents(coupleOpened());
    }

    @Test
    void aClinicianOffTheCareTeamIsRefusedAndNothingIsAppended() {
        given(coupleOpened())
                .when(goalBy(OTHER_CLINICIAN), as(OTHER_CLINICIAN))
                .expectException(NotOnCareTeamException.class)
                .expectNoEvents();
    }

    @Test
    void aCommandWithoutAnActorIsRefused() {
        given(coupleOpened())
                .when(goalBy(CLINICIAN), Map.of(EventMetadata.CORRELATION_ID, "no-actor"))
                .expectException(NotOnCareTeamException.class)
                .expectNoEvents();
    }

    @Test
    void thePrimaryClinicianAddsAMemberWithAReason() {
        given(coupleOpened())
                .when(new AddCareTeamMember(PLAN, OTHER_CLINICIAN, CareTeamJoinReason.COVERING_CLINICIAN, CLINICIAN,
                        NOW), as(CLINICIAN))
                .expectEvents(added(OTHER_CLINICIAN));
    }

    @Test
    void anAddedMemberMayActOnThePlan() {
        given(coupleOpened(), added(OTHER_CLINICIAN))
                .when(goalBy(OTHER_CLINICIAN), as(OTHER_CLINICIAN))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void onlyThePrimaryClinicianChangesTheCareTeam() {
        given(coupleOpened(), added(OTHER_CLINICIAN))
                .when(new AddCareTeamMember(PLAN, GROUP_LEADER, CareTeamJoinReason.CO_THERAPIST, OTHER_CLINICIAN,
                        NOW), as(OTHER_CLINICIAN))
                .expectException(NotOnCareTeamException.class)
                .expectNoEvents();
    }

    @Test
    void aRemovedMemberIsRefusedFromThenOn() {
        given(coupleOpened(), added(OTHER_CLINICIAN),
                new CareTeamMemberRemoved(PLAN, OTHER_CLINICIAN, CareTeamLeaveReason.COVERAGE_ENDED, CLINICIAN, NOW))
                .when(goalBy(OTHER_CLINICIAN), as(OTHER_CLINICIAN))
                .expectException(NotOnCareTeamException.class)
                .expectNoEvents();
    }

    @Test
    void thePrimaryClinicianStaysOnTheCareTeam() {
        given(coupleOpened())
                .when(new RemoveCareTeamMember(PLAN, CLINICIAN, CareTeamLeaveReason.ASSIGNMENT_CHANGED, CLINICIAN,
                        NOW), as(CLINICIAN))
                .expectException(PlanRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void addingAClinicianTwiceIsARuleViolation() {
        given(coupleOpened(), added(OTHER_CLINICIAN))
                .when(new AddCareTeamMember(PLAN, OTHER_CLINICIAN, CareTeamJoinReason.CO_THERAPIST, CLINICIAN, NOW),
                        as(CLINICIAN))
                .expectException(PlanRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aSessionsClinicianMayRecordThatSessionsAttendance() {
        given(coupleOpened(), ledByGroupLeader())
                .when(new RecordJointAttendance(PLAN, MON, GROUP_LEADER, after(MON_AT)), as(GROUP_LEADER))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aSessionsClinicianMayNotActOnAnotherSessionOrThePlan() {
        given(coupleOpened(), ledByGroupLeader(), jointScheduled(PlanTestData.WED, PlanTestData.WED_AT))
                .when(new RecordJointAttendance(PLAN, PlanTestData.WED, GROUP_LEADER, after(PlanTestData.WED_AT)),
                        as(GROUP_LEADER))
                .expectException(NotOnCareTeamException.class)
                .expectNoEvents();
        given(coupleOpened(), ledByGroupLeader())
                .when(goalBy(GROUP_LEADER), as(GROUP_LEADER))
                .expectException(NotOnCareTeamException.class)
                .expectNoEvents();
    }

    private static SessionScheduled ledByGroupLeader() {
        return new SessionScheduled(PLAN, MON, SessionKind.COUPLES, MON_AT, JOINT_MINUTES, GROUP_LEADER,
                List.of(ALEX, SAM), LocationMode.SAME_LOCATION, null, null);
    }
}
