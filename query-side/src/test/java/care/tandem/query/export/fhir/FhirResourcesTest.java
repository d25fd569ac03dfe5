package care.tandem.query.export.fhir;

import care.tandem.access.audit.AccessOutcome;
import care.tandem.access.audit.AccessRecord;
import care.tandem.access.audit.BreakTheGlassReason;
import care.tandem.access.audit.PurposeOfUse;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static care.tandem.query.export.fhir.FhirSamples.AVERY;
import static care.tandem.query.export.fhir.FhirSamples.JORDAN;
import static care.tandem.query.export.fhir.FhirSamples.KAI;
import static care.tandem.query.export.fhir.FhirSamples.ROBIN;
import static care.tandem.query.export.fhir.FhirSamples.SAM;
import static care.tandem.query.export.fhir.FhirSamples.couple;
import static care.tandem.query.export.fhir.FhirSamples.day;
import static care.tandem.query.export.fhir.FhirSamples.family;
import static org.assertj.core.api.Assertions.assertThat;

/** The FHIR R4 mapping of a couple's and a family's records, each resource checked by HAPI's R4 validator. */
class FhirResourcesTest {

    @Test
    void everyResourceOfACoupleAndAFamilyAndTheirBundlesValidate() {
        for (FhirPlan plan : List.of(couple(), family())) {
            List<Resource> resources = PlanResources.of(plan);
            assertThat(resources.stream().map(Resource::getResourceType).distinct())
                    .as("every exported type appears").hasSizeGreaterThanOrEqualTo(9);
            resources.forEach(FhirValidation::assertValid);
            FhirValidation.assertValid(FhirJson.searchset(resources, "https://tandem.example/api/treatment-plans/"
                    + plan.planId() + "/fhir", "https://tandem.example/self"));
        }
    }

    @Test
    void anAppointmentIsFulfilledIfAnyoneCameAndNoshowIfNoOneDidWhileParticipantStatusStaysAnRsvp() {
        Map<String, Appointment> appointments = byTandemId(PlanResources.of(couple()), Appointment.class);
        assertThat(appointments.get("s-1").getStatus()).as("one partner came alone")
                .isEqualTo(Appointment.AppointmentStatus.FULFILLED);
        assertThat(appointments.get("s-2").getStatus()).isEqualTo(Appointment.AppointmentStatus.NOSHOW);
        assertThat(appointments.get("s-3").getStatus()).isEqualTo(Appointment.AppointmentStatus.FULFILLED);
        assertThat(appointments.get("s-4").getStatus()).isEqualTo(Appointment.AppointmentStatus.CANCELLED);
        assertThat(appointments.get("s-4").getCancelationReason().getText()).isEqualTo("clinician unavailable");
        assertThat(appointments.get("s-5").getStatus()).isEqualTo(Appointment.AppointmentStatus.BOOKED);
        assertThat(appointments.get("s-5").getSupportingInformationFirstRep().getReference())
                .as("a makeup session points at the session it makes up for").isEqualTo("Appointment/plan-7.s-1");
        for (Appointment appointment : appointments.values()) {
            assertThat(appointment.getParticipant()).filteredOn(p -> p.getActor().getReference().startsWith("Patient/"))
                    .allSatisfy(participant -> assertThat(participant.getStatus())
                            .isEqualTo(Appointment.ParticipationStatus.NEEDSACTION));
        }
        assertThat(appointments.get("s-1").getStart().toInstant()).isEqualTo(day(2));
        assertThat(appointments.get("s-1").getEnd().toInstant()).isEqualTo(day(2).plusSeconds(3600));
    }

    @Test
    void attendanceIsOneVirtualEncounterPerPersonPerHeldSessionLinkedToItsAppointment() {
        List<Encounter> encounters = PlanResources.of(couple()).stream().filter(Encounter.class::isInstance)
                .map(Encounter.class::cast).toList();
        assertThat(encounters).as("2 persons x 3 held sessions; none for cancelled or booked ones").hasSize(6);
        assertThat(encounters).allSatisfy(encounter -> {
            assertThat(encounter.getClass_().getCode()).isEqualTo("VR");
            assertThat(encounter.getAppointmentFirstRep().getReference()).matches("Appointment/plan-7\\.s-[123]");
        });
        Encounter averyLate = encounter(encounters, "s-3", AVERY);
        assertThat(averyLate.getStatus()).isEqualTo(Encounter.EncounterStatus.FINISHED);
        assertThat(averyLate.getLength().getValue().intValue()).isEqualTo(45);
        assertThat(averyLate.getPeriod().getStart().toInstant()).isEqualTo(day(4).plusSeconds(15 * 60));
        Encounter jordanAbsent = encounter(encounters, "s-1", JORDAN);
        assertThat(jordanAbsent.getStatus()).isEqualTo(Encounter.EncounterStatus.CANCELLED);
        assertThat(jordanAbsent.hasPeriod()).isFalse();
        assertThat(jordanAbsent.getSubject().getReference()).as("an id with an underscore is hashed")
                .isEqualTo("Patient/" + FhirIds.of(JORDAN)).doesNotContain("_");
    }

    @Test
    void consentsNameTheRecipientThePurposeAndTheSignerAndEndWhenRevoked() {
        Map<String, Consent> consents = byTandemId(PlanResources.of(couple()), Consent.class);
        Consent jordans = consents.get("consent-1");
        assertThat(jordans.getStatus()).isEqualTo(Consent.ConsentState.ACTIVE);
        assertThat(jordans.getPatient().getReference()).isEqualTo("Patient/" + FhirIds.of(JORDAN));
        assertThat(jordans.getProvision().getActorFirstRep().getReference().getReference())
                .isEqualTo("Patient/" + AVERY);
        assertThat(jordans.getProvision().getPurposeFirstRep().getCode()).isEqualTo("TREAT");
        assertThat(jordans.getPolicyFirstRep().getUri()).contains("part-2");
        Consent averys = consents.get("consent-2");
        assertThat(averys.getStatus()).isEqualTo(Consent.ConsentState.INACTIVE);
        assertThat(averys.getProvision().getActorFirstRep().getReference().getDisplay())
                .isEqualTo("Riverside Primary Care");
        assertThat(averys.getProvision().getPeriod().getEnd().toInstant()).as("revoked before its end date")
                .isEqualTo(day(6));

        Consent kais = byTandemId(PlanResources.of(family()), Consent.class).get("consent-9");
        assertThat(kais.getPerformerFirstRep().getReference()).as("a guardian signed for the minor")
                .isEqualTo("RelatedPerson/" + UnitResources.guardianId(ROBIN, KAI));
        assertThat(kais.getStatus()).isEqualTo(Consent.ConsentState.INACTIVE);
    }

    @Test
    void theFamilyIsAGroupOfPatientsAndEachGuardianOfTheMinorARelatedPerson() {
        List<Resource> resources = PlanResources.of(family());
        Group group = byId(resources, Group.class).get("plan-9");
        assertThat(group.getMember()).extracting(member -> member.getEntity().getReference())
                .containsExactly("Patient/" + SAM, "Patient/" + ROBIN, "Patient/" + KAI);
        assertThat(group.getActive()).as("discharged").isFalse();
        assertThat(byId(resources, RelatedPerson.class).values())
                .extracting(guardian -> guardian.getIdentifierFirstRep().getValue() + " of "
                        + guardian.getPatient().getReference())
                .containsExactlyInAnyOrder(SAM + " of Patient/" + KAI, ROBIN + " of Patient/" + KAI);
    }

    @Test
    void everyResourceAboutAParticipantCarriesThePart2LabelsAndClinicianIdsCarryNone() {
        for (Resource resource : PlanResources.of(couple())) {
            List<String> labels = resource.getMeta().getSecurity().stream().map(Coding::getCode).toList();
            if (resource instanceof Practitioner) {
                assertThat(labels).isEmpty();
            } else {
                assertThat(labels).as(resource.fhirType()).contains("R", "42CFRPart2", "SUD", "NORDSCLCD");
            }
        }
    }

    @Test
    void anExportForAPeriodHoldsTheSessionsThatStartInIt() {
        List<Resource> week = PlanResources.during(couple(), day(3), day(5));
        assertThat(byTandemId(week, Appointment.class).keySet()).containsExactlyInAnyOrder("s-2", "s-3");
        assertThat(week.stream().filter(Encounter.class::isInstance)).hasSize(4);
        assertThat(byId(week, Consent.class)).hasSize(2);
        assertThat(byId(PlanResources.during(couple(), day(0), day(1)), Consent.class))
                .as("given after the period").isEmpty();
    }

    @Test
    void accessAuditLinesBecomeValidAuditEvents() {
        List<AccessRecord> records = List.of(
                new AccessRecord(1, day(2), "query-side", "c-lee", "clinician", "dashboard", PurposeOfUse.TREATMENT,
                        "GET", "/api/treatment-plans/{planId}/fhir/CarePlan/{id}/$everything", "plan-7",
                        List.of(AVERY, JORDAN), AccessOutcome.ALLOWED, 200, null, "corr-1"),
                new AccessRecord(2, day(2), "query-side", "c-okafor", "clinician", null,
                        PurposeOfUse.EMERGENCY_TREATMENT, "GET", "/api/treatment-plans/{planId}/schedule", "plan-7",
                        List.of(AVERY, JORDAN), AccessOutcome.BREAK_THE_GLASS, 200,
                        BreakTheGlassReason.MEDICAL_EMERGENCY, "corr-2"),
                new AccessRecord(3, day(2), "query-side", null, null, null, PurposeOfUse.OPERATIONS, "GET",
                        "/api/treatment-plans/plan-7/schedule", null, List.of(), AccessOutcome.REFUSED_UNAUTHENTICATED,
                        401, null, "corr-3"));
        for (AccessRecord record : records) {
            AuditEvent event = AuditEventResources.of(record);
            FhirValidation.assertValid(event);
        }
        AuditEvent read = AuditEventResources.of(records.get(0));
        assertThat(read.getAction()).isEqualTo(AuditEvent.AuditEventAction.R);
        assertThat(read.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._0);
        assertThat(read.getAgent()).filteredOn(AuditEvent.AuditEventAgentComponent::getRequestor)
                .singleElement().satisfies(user -> {
                    assertThat(user.getWho().getIdentifier().getValue()).isEqualTo("c-lee");
                    assertThat(user.getPurposeOfUseFirstRep().getCodingFirstRep().getCode()).isEqualTo("TREAT");
                });
        assertThat(read.getEntity()).extracting(entity -> entity.getWhat().getReference())
                .contains("CarePlan/plan-7", "Patient/" + AVERY, "Patient/" + FhirIds.of(JORDAN));
        assertThat(AuditEventResources.of(records.get(1)).getOutcomeDesc()).contains("MEDICAL_EMERGENCY");
        assertThat(AuditEventResources.of(records.get(2)).getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._4);
    }

    /** The gate above is only worth something if it fails: a missing class, an unknown label code. */
    @Test
    void theValidatorRejectsWhatTheExportMustNotProduce() {
        Encounter encounter = (Encounter) PlanResources.of(couple()).stream().filter(Encounter.class::isInstance)
                .findFirst().orElseThrow();
        encounter.setClass_(null);
        assertThat(FhirValidation.errorsOf(encounter)).anySatisfy(error -> assertThat(error).contains("class"));
        Consent consent = (Consent) PlanResources.of(couple()).stream().filter(Consent.class::isInstance)
                .findFirst().orElseThrow();
        consent.getMeta().addSecurity(new Coding(SecurityLabels.ACT_CODE, "NOREDISCLOSE", null));
        assertThat(FhirValidation.errorsOf(consent)).anySatisfy(error -> assertThat(error).contains("NOREDISCLOSE"));
    }

    @Test
    void fhirIdsKeepTandemIdsThatAreValidAndHashTheRestStably() {
        assertThat(FhirIds.of("s-1.b")).isEqualTo("s-1.b");
        assertThat(FhirIds.of("p_jordan")).isEqualTo(FhirIds.of("p_jordan")).startsWith("t-").hasSize(42)
                .matches(FhirIds.FHIR_ID.pattern());
        assertThat(FhirIds.hashed("encounter", "plan-1", "s-1", "p-a"))
                .isNotEqualTo(FhirIds.hashed("encounter", "plan-1", "s-1", "p-b"))
                .isNotEqualTo(FhirIds.hashed("encounter", "plan-2", "s-1", "p-a"));
        assertThat(FhirIds.scoped("plan-7", "s-1")).as("a session id is unique within its plan only")
                .isEqualTo("plan-7.s-1");
        assertThat(FhirIds.scoped("plan.7", "s-1")).as("a dot would make it ambiguous").startsWith("t-");
        assertThat(FhirIds.scoped("p", "x".repeat(63))).startsWith("t-").hasSize(42);
    }

    private static Encounter encounter(List<Encounter> encounters, String session, String participant) {
        return encounters.stream().filter(encounter -> encounter.getIdPart()
                .equals(SessionResources.encounterId("plan-7", session, participant))).findFirst().orElseThrow();
    }

    /** Resources that carry their Tandem id as their first identifier, by it. */
    private static <T extends Resource> Map<String, T> byTandemId(List<Resource> resources, Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast)
                .collect(Collectors.toMap(resource -> ((org.hl7.fhir.r4.model.Identifier) resource
                        .getNamedProperty("identifier").getValues().get(0)).getValue(), resource -> resource));
    }

    private static <T extends Resource> Map<String, T> byId(List<Resource> resources, Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast)
                .collect(Collectors.toMap(Resource::getIdPart, resource -> resource));
    }

}
