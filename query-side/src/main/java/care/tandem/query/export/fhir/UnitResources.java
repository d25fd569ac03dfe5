package care.tandem.query.export.fhir;

import care.tandem.query.careplan.UnitMember;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static care.tandem.query.export.fhir.FhirReferences.CLINICIAN_IDS;
import static care.tandem.query.export.fhir.FhirReferences.PARTICIPANT_IDS;
import static care.tandem.query.export.fhir.FhirReferences.PLAN_IDS;
import static care.tandem.query.export.fhir.FhirReferences.period;
import static care.tandem.query.export.fhir.SecurityLabels.labelled;

/**
 * The treatment unit: each member a {@code Patient} (everyone in the unit is in treatment), the unit a {@code Group}
 * of them, each guardian of a minor a {@code RelatedPerson} of that minor (R4's Group cannot hold a RelatedPerson),
 * and the clinicians as {@code Practitioner}s known by their ids.
 */
final class UnitResources {

    private static final String ROLE_CODES = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";

    private UnitResources() {
    }

    static List<Resource> of(FhirPlan plan) {
        List<Resource> resources = new ArrayList<>();
        plan.record().members().forEach(member -> resources.add(patient(plan, member)));
        plan.record().members().stream().filter(UnitMember::minor).forEach(minor -> minor.guardians()
                .forEach(guardian -> resources.add(guardian(plan, guardian, minor))));
        resources.add(group(plan));
        plan.clinicianIds().forEach(clinician -> resources.add(practitioner(clinician)));
        return resources;
    }

    static String guardianId(String guardianId, String minorId) {
        return FhirIds.hashed("guardian", guardianId, minorId);
    }

    private static Patient patient(FhirPlan plan, UnitMember member) {
        Patient patient = labelled(new Patient());
        patient.setId(FhirIds.of(member.participantId()));
        patient.addIdentifier().setSystem(PARTICIPANT_IDS).setValue(member.participantId());
        patient.setActive(member.leftAt() == null && !plan.isDischarged());
        patient.addName(new HumanName().setText(member.displayName()));
        return patient;
    }

    private static RelatedPerson guardian(FhirPlan plan, String guardianId, UnitMember minor) {
        RelatedPerson guardian = labelled(new RelatedPerson());
        guardian.setId(guardianId(guardianId, minor.participantId()));
        guardian.addIdentifier().setSystem(PARTICIPANT_IDS).setValue(guardianId);
        guardian.setPatient(FhirReferences.patient(minor.participantId()));
        guardian.addRelationship(new CodeableConcept(new Coding(ROLE_CODES, "GUARD", "guardian")));
        guardian.setActive(minor.leftAt() == null && !plan.isDischarged());
        plan.member(guardianId).ifPresent(member -> guardian.addName(new HumanName().setText(member.displayName())));
        return guardian;
    }

    private static Group group(FhirPlan plan) {
        Group group = labelled(new Group());
        group.setId(FhirIds.of(plan.planId()));
        group.addIdentifier().setSystem(PLAN_IDS).setValue(plan.planId());
        group.setType(Group.GroupType.PERSON).setActual(true);
        group.setActive(!plan.isDischarged());
        group.setCode(new CodeableConcept().setText(plan.record().unitKind().name().toLowerCase(Locale.ROOT)));
        plan.record().careTeam().stream().filter(membership -> membership.primary()).findFirst()
                .ifPresent(primary -> group.setManagingEntity(FhirReferences.practitioner(primary.clinicianId())));
        for (UnitMember member : plan.record().members()) {
            group.addMember().setEntity(FhirReferences.patient(member.participantId()))
                    .setPeriod(period(member.joinedAt(), member.leftAt())).setInactive(member.leftAt() != null);
        }
        group.setQuantity(group.getMember().size());
        return group;
    }

    private static Practitioner practitioner(String clinicianId) {
        Practitioner practitioner = new Practitioner();
        practitioner.setId(FhirIds.of(clinicianId));
        practitioner.addIdentifier().setSystem(CLINICIAN_IDS).setValue(clinicianId);
        return practitioner;
    }
}
