package care.tandem.query.export.fhir;

import care.tandem.access.MachineScope;
import care.tandem.access.Role;
import care.tandem.access.audit.BreakTheGlassReason;
import care.tandem.access.testing.TestIssuer;
import care.tandem.events.consent.ConsentAttestation;
import care.tandem.events.consent.ConsentGranted;
import care.tandem.events.consent.ConsentRecipient;
import care.tandem.events.consent.DisclosedInformation;
import care.tandem.events.consent.DisclosurePurpose;
import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ConsentId;
import care.tandem.events.id.GoalId;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.CareTeamJoinReason;
import care.tandem.events.plan.CareTeamMemberAdded;
import care.tandem.events.plan.GoalScope;
import care.tandem.events.plan.RecoveryGoalRevised;
import care.tandem.events.plan.RecoveryGoalSet;
import care.tandem.query.testing.PlanStream;
import care.tandem.query.testing.RunningQuerySide;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static care.tandem.query.testing.PlanFixtures.AVERY;
import static care.tandem.query.testing.PlanFixtures.CLINICIAN;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static care.tandem.query.testing.PlanFixtures.PLAN;
import static care.tandem.query.testing.PlanFixtures.RECORDED_AT;
import static care.tandem.query.testing.PlanFixtures.added;
import static care.tandem.query.testing.PlanFixtures.attendance;
import static care.tandem.query.testing.PlanFixtures.attendedTogether;
import static care.tandem.query.testing.PlanFixtures.cancelled;
import static care.tandem.query.testing.PlanFixtures.jordanAbsent;
import static care.tandem.query.testing.PlanFixtures.noShow;
import static care.tandem.query.testing.PlanFixtures.opened;
import static care.tandem.query.testing.PlanFixtures.riley;
import static care.tandem.query.testing.PlanFixtures.scheduled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A FHIR client reads a couple's plan from the Kafka feed through the query API: every resource it gets passes HAPI's
 * R4 validator, each can be read by its id, and every read goes through the plan's authorization and access audit.
 */
class FhirExportHttpTest {

    @RegisterExtension
    static final RunningQuerySide querySide = new RunningQuerySide();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "/api/treatment-plans/" + PLAN.value() + "/fhir";
    private static final String EVERYTHING = BASE + "/CarePlan/" + PLAN.value() + "/$everything";
    private static final String CLINICIAN_TOKEN = TestIssuer.shared().clinician(CLINICIAN.value());
    private static final String COMPLIANCE_TOKEN = TestIssuer.shared().person("audit", Role.COMPLIANCE);
    private static final String SYSTEM_TOKEN = TestIssuer.shared().machine("ehr", MachineScope.PLANS_READ);

    @BeforeAll
    static void aCoupleWithAMinorInTreatment() {
        PlanStream plan = new PlanStream(PLAN);
        querySide.publish(List.of(
                plan.next(opened()),
                plan.next(added(riley())),
                plan.next(new CareTeamMemberAdded(PLAN, ClinicianId.of("c-okafor"), CareTeamJoinReason.values()[0],
                        CLINICIAN, RECORDED_AT)),
                plan.next(new RecoveryGoalSet(PLAN, GoalId.of("g-1"), GoalScope.SHARED, null, "Rebuild trust",
                        CLINICIAN, RECORDED_AT)),
                plan.next(new RecoveryGoalSet(PLAN, GoalId.of("g-2"), GoalScope.INDIVIDUAL, AVERY, "90 days sober",
                        CLINICIAN, RECORDED_AT)),
                plan.next(new RecoveryGoalRevised(PLAN, GoalId.of("g-1"), null, "Rebuild trust, one talk a week",
                        CLINICIAN, RECORDED_AT.plusSeconds(60))),
                plan.next(scheduled("s-1", "2026-03-03T15:00:00Z")),
                plan.next(scheduled("s-2", "2026-03-05T15:00:00Z")),
                plan.next(scheduled("s-3", "2026-03-10T15:00:00Z")),
                plan.next(scheduled("s-4", "2026-03-12T15:00:00Z")),
                plan.next(scheduled("s-5", "2026-04-02T15:00:00Z")),
                plan.next(attendedTogether("s-1")),
                plan.next(jordanAbsent("s-2", AbsenceReason.SCHEDULING_CONFLICT, "work shift")),
                plan.next(attendance("s-3", noShow(AVERY), noShow(JORDAN))),
                plan.next(cancelled("s-4")),
                PlanStream.consentsOf(JORDAN).next(new ConsentGranted(JORDAN, ConsentId.of("consent-jordan-1"), PLAN,
                        ConsentRecipient.member(AVERY), List.of(DisclosedInformation.ATTENDANCE),
                        DisclosurePurpose.COUPLES_OR_FAMILY_THERAPY, null, null, true,
                        ConsentAttestation.SIGNED_IN_SESSION, JORDAN, RECORDED_AT, CLINICIAN, RECORDED_AT))));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            HttpResponse<String> answer = querySide.get(EVERYTHING, null, CLINICIAN_TOKEN);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(count(bundle(answer.body()))).isEqualTo(Map.of("Patient", 3L, "RelatedPerson", 2L,
                    "Group", 1L, "Practitioner", 2L, "CareTeam", 1L, "CarePlan", 1L, "Goal", 2L, "Appointment", 5L,
                    "Encounter", 6L, "Consent", 1L));
        });
    }

    @Test
    void aFhirClientReadsThePlanWithItsAppointmentsEncountersAndConsentsAndEveryResourceValidates() throws Exception {
        HttpResponse<String> answer = querySide.get(EVERYTHING, "application/fhir+json", CLINICIAN_TOKEN);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/fhir+json"));
        Bundle bundle = bundle(answer.body());
        assertThat(FhirValidation.errorsOf(answer.body())).isEmpty();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            assertThat(FhirValidation.errorsOf(entry.getResource())).as(entry.getFullUrl()).isEmpty();
            HttpResponse<String> read = querySide.get(URI.create(entry.getFullUrl()).getPath(), null,
                    CLINICIAN_TOKEN);
            assertThat(read.statusCode()).as(entry.getFullUrl()).isEqualTo(200);
            Resource resource = (Resource) FhirValidation.parse(read.body());
            assertThat(resource.getIdPart()).isEqualTo(entry.getResource().getIdPart());
        }
        JsonNode appointment = JSON.readTree(querySide.get(BASE + "/Appointment/plan-7.s-3", null, CLINICIAN_TOKEN)
                .body());
        assertThat(appointment.path("status").asText()).as("neither partner came").isEqualTo("noshow");
        assertThat(JSON.readTree(querySide.get(BASE + "/Appointment/plan-7.s-2", null, CLINICIAN_TOKEN).body())
                .path("status").asText()).as("Avery came alone").isEqualTo("fulfilled");
        JsonNode goal = JSON.readTree(querySide.get(BASE + "/Goal/plan-7.g-1", null, CLINICIAN_TOKEN).body());
        assertThat(goal.path("description").path("text").asText()).isEqualTo("Rebuild trust, one talk a week");
        assertThat(goal.path("meta").path("security").findValuesAsText("code")).contains("42CFRPart2", "NORDSCLCD");
    }

    @Test
    void aSearchByTypeAnswersTheTypesResourcesOnly() throws Exception {
        Bundle encounters = bundle(querySide.get(BASE + "/Encounter", null, CLINICIAN_TOKEN).body());
        assertThat(count(encounters)).as("two persons at each of three held sessions")
                .isEqualTo(Map.of("Encounter", 6L));
        assertThat(FhirValidation.errorsOf(encounters)).isEmpty();
    }

    @Test
    void theExportIsClosedToWhoeverMayNotReadThePlanAndRefusesWhatIsNoFhirRead() throws Exception {
        String outsider = TestIssuer.shared().clinician("c-outsider");
        assertThat(querySide.get(EVERYTHING, null, outsider).statusCode()).isEqualTo(403);
        assertThat(querySide.get(EVERYTHING, null, outsider, BreakTheGlassReason.HEADER,
                BreakTheGlassReason.MEDICAL_EMERGENCY.name()).statusCode()).isEqualTo(200);
        assertThat(querySide.get(EVERYTHING, null, TestIssuer.shared().participant("avery-login", AVERY.value()))
                .statusCode()).isEqualTo(403);
        assertThat(querySide.get(EVERYTHING, null, null).statusCode()).isEqualTo(401);
        assertThat(querySide.get(EVERYTHING, null, COMPLIANCE_TOKEN).statusCode()).isEqualTo(403);

        HttpResponse<String> unexported = querySide.get(BASE + "/Observation/x", null, CLINICIAN_TOKEN);
        assertThat(unexported.statusCode()).isEqualTo(404);
        assertThat(unexported.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(querySide.get(BASE + "/Patient/no_such_id", null, CLINICIAN_TOKEN).statusCode())
                .as("not a FHIR id").isEqualTo(400);
        assertThat(querySide.get(BASE + "/Patient/nobody", null, CLINICIAN_TOKEN).statusCode()).isEqualTo(404);
        assertThat(querySide.get("/api/treatment-plans/plan-unknown/fhir/Patient", null, SYSTEM_TOKEN).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aBulkExportForAPeriodIsNdjsonOfValidResourcesAndTheAuditNamesEveryoneInIt() throws Exception {
        HttpResponse<String> export = querySide.get("/api/fhir/$export?from=2026-03-01&to=2026-03-07", null,
                SYSTEM_TOKEN);
        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/fhir+ndjson"));
        List<String> lines = export.body().lines().toList();
        for (String line : lines) {
            assertThat(FhirValidation.errorsOf(line)).as(line).isEmpty();
        }
        Map<String, Long> types = lines.stream().map(line -> FhirValidation.parse(line).fhirType())
                .collect(Collectors.groupingBy(type -> type, Collectors.counting()));
        assertThat(types).as("s-1 and s-2 start in the period, each with two encounters")
                .containsEntry("Appointment", 2L).containsEntry("Encounter", 4L).containsEntry("Patient", 3L);

        HttpResponse<String> appointments = querySide.get(
                "/api/fhir/$export?from=2026-03-01&to=2026-03-31&_type=Appointment", null, CLINICIAN_TOKEN);
        assertThat(appointments.body().lines().map(line -> FhirValidation.parse(line).fhirType()))
                .containsExactly("Appointment", "Appointment", "Appointment", "Appointment");
        assertThat(querySide.get("/api/fhir/$export?from=2026-03-01&to=2026-03-31", null,
                TestIssuer.shared().clinician("c-outsider")).body()).as("no care team, no plans").isEmpty();
        assertThat(querySide.get("/api/fhir/$export", null, SYSTEM_TOKEN).statusCode()).isEqualTo(400);
        assertThat(querySide.get("/api/fhir/$export?week=2026-W10&_type=Observation", null, SYSTEM_TOKEN)
                .statusCode()).isEqualTo(400);

        JsonNode audit = JSON.readTree(querySide.get("/api/access-audit?personId=" + JORDAN.value()
                + "&subject=ehr", null, COMPLIANCE_TOKEN).body());
        assertThat(audit.path("items").findValuesAsText("endpoint")).contains("/api/fhir/$export");
    }

    @Test
    void complianceReadsTheAccessAuditAsValidAuditEvents() throws Exception {
        assertThat(querySide.get(EVERYTHING, null, CLINICIAN_TOKEN).statusCode()).isEqualTo(200);
        String path = "/api/compliance/fhir/AuditEvent?planId=" + PLAN.value() + "&size=100";
        assertThat(querySide.get(path, null, CLINICIAN_TOKEN).statusCode()).isEqualTo(403);
        HttpResponse<String> answer = querySide.get(path, null, COMPLIANCE_TOKEN);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Bundle events = bundle(answer.body());
        assertThat(events.getEntry()).isNotEmpty();
        assertThat(FhirValidation.errorsOf(events)).isEmpty();
        assertThat(answer.body()).contains("/api/treatment-plans/{planId}/fhir/CarePlan/{carePlanId}/$everything",
                "\"value\":\"" + CLINICIAN.value() + "\"");
    }

    private static Bundle bundle(String json) {
        return (Bundle) FhirValidation.parse(json);
    }

    private static Map<String, Long> count(Bundle bundle) {
        return bundle.getEntry().stream().collect(Collectors.groupingBy(entry -> entry.getResource().fhirType(),
                Collectors.counting()));
    }

}
