package care.tandem.query.export.fhir;

import care.tandem.events.plan.GoalScope;
import care.tandem.query.careplan.CareTeamMembership;
import care.tandem.query.careplan.RecoveryGoal;
import care.tandem.query.readmodel.ScheduledSession;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Resource;

import java.util.ArrayList;
import java.util.List;

import static care.tandem.query.export.fhir.FhirReferences.PLAN_IDS;
import static care.tandem.query.export.fhir.FhirReferences.date;
import static care.tandem.query.export.fhir.FhirReferences.period;
import static care.tandem.query.export.fhir.SecurityLabels.labelled;

/**
 * The plan as a {@code CarePlan} for the unit's {@code Group}, its care team over time as a {@code CareTeam}, and its
 * recovery goals as {@code Goal}s (a shared goal the unit's, an individual one its participant's). The plan's
 * activities are its sessions' appointments. A discharged plan is completed, and so are its goals: no longer sought
 * within this plan, whatever their achievement.
 */
final class CarePlanResources {

    private CarePlanResources() {
    }

    static List<Resource> of(FhirPlan plan) {
        List<Resource> resources = new ArrayList<>();
        resources.add(careTeam(plan));
        resources.add(carePlan(plan));
        plan.record().goals().forEach(goal -> resources.add(goal(plan, goal)));
        return resources;
    }

    private static CareTeam careTeam(FhirPlan plan) {
        CareTeam team = labelled(new CareTeam());
        team.setId(FhirIds.of(plan.planId()));
        team.setStatus(plan.isDischarged() ? CareTeam.CareTeamStatus.INACTIVE : CareTeam.CareTeamStatus.ACTIVE);
        team.setSubject(FhirReferences.group(plan.planId()));
        team.setPeriod(period(plan.record().openedAt(), plan.record().dischargedAt()));
        for (CareTeamMembership membership : plan.record().careTeam()) {
            team.addParticipant()
                    .addRole(new CodeableConcept().setText(membership.primary() ? "primary clinician" : "clinician"))
                    .setMember(FhirReferences.practitioner(membership.clinicianId()))
                    .setPeriod(period(membership.since(), membership.until()));
        }
        return team;
    }

    private static CarePlan carePlan(FhirPlan plan) {
        CarePlan carePlan = labelled(new CarePlan());
        carePlan.setId(FhirIds.of(plan.planId()));
        carePlan.addIdentifier().setSystem(PLAN_IDS).setValue(plan.planId());
        carePlan.setStatus(plan.isDischarged() ? CarePlan.CarePlanStatus.COMPLETED : CarePlan.CarePlanStatus.ACTIVE);
        carePlan.setIntent(CarePlan.CarePlanIntent.PLAN);
        carePlan.addCategory(new CodeableConcept().setText(levelOfCare(plan)));
        carePlan.setSubject(FhirReferences.group(plan.planId()));
        carePlan.setPeriod(period(plan.record().openedAt(), plan.record().dischargedAt()));
        carePlan.setCreated(date(plan.record().openedAt()));
        carePlan.addCareTeam(FhirReferences.to("CareTeam", FhirIds.of(plan.planId())));
        plan.record().goals().forEach(goal -> carePlan.addGoal(
                FhirReferences.to("Goal", FhirIds.scoped(plan.planId(), goal.goalId()))));
        for (ScheduledSession session : plan.sessions()) {
            carePlan.addActivity().setReference(FhirReferences.to("Appointment",
                    SessionResources.appointmentId(plan.planId(), session.sessionId())));
        }
        return carePlan;
    }

    private static Goal goal(FhirPlan plan, RecoveryGoal recoveryGoal) {
        Goal goal = labelled(new Goal());
        goal.setId(FhirIds.scoped(plan.planId(), recoveryGoal.goalId()));
        goal.setLifecycleStatus(plan.isDischarged() ? Goal.GoalLifecycleStatus.COMPLETED
                : Goal.GoalLifecycleStatus.ACTIVE);
        goal.setDescription(new CodeableConcept().setText(recoveryGoal.description()));
        goal.setSubject(recoveryGoal.scope() == GoalScope.INDIVIDUAL && recoveryGoal.participantId() != null
                ? FhirReferences.patient(recoveryGoal.participantId()) : FhirReferences.group(plan.planId()));
        goal.setStart(new DateType(plan.clinicTime().dateOf(recoveryGoal.setAt()).toString()));
        if (recoveryGoal.revisedAt() != null) {
            goal.setStatusDate(date(recoveryGoal.revisedAt()));
        }
        goal.setExpressedBy(FhirReferences.practitioner(recoveryGoal.setBy()));
        return goal;
    }

    private static String levelOfCare(FhirPlan plan) {
        return switch (plan.record().levelOfCare()) {
            case IOP_ADULT -> "intensive outpatient program, adult";
            case IOP_ADOLESCENT -> "intensive outpatient program, adolescent";
            case PHP -> "partial hospitalization program";
        };
    }
}
