package care.tandem.query.access;

import care.tandem.access.MachineScope;
import care.tandem.access.Role;
import care.tandem.access.testing.TestIssuer;
import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.CareTeamJoinReason;
import care.tandem.events.plan.CareTeamLeaveReason;
import care.tandem.events.plan.CareTeamMemberAdded;
import care.tandem.events.plan.CareTeamMemberRemoved;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.events.plan.UnitKind;
import care.tandem.query.testing.PlanStream;
import care.tandem.query.testing.RunningQuerySide;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static care.tandem.query.testing.PlanFixtures.partner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Who may read what on the query side, over HTTP with real tokens, and the access audit that records it: the care
 * team reads its plan, anyone else is refused (and the refusal recorded) unless they break the glass, lists show a
 * clinician their care teams' plans only, each role reaches its own endpoints, and compliance staff find every
 * access to the couple's record by plan, person and user.
 */
class AccessHttpTest {

    @RegisterExtension
    static final RunningQuerySide querySide = new RunningQuerySide();

    private static final TestIssuer issuer = TestIssuer.shared();
    private static final ObjectMapper json = new ObjectMapper();
    private static final PlanId PLAN = PlanId.of("plan-access");
    private static final String SCHEDULE = "/api/treatment-plans/plan-access/schedule";
    private static final String PRIMARY = "c-access-primary";
    private static final String COVERING = "c-access-covering";
    private static final String GROUP_LEADER = "c-access-group";
    private static final String STRANGER = "c-access-stranger";
    private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");

    @BeforeAll
    static void aCoupleWithACareTeam() {
        PlanStream plan = new PlanStream(PLAN);
        querySide.publish(List.of(
                plan.next(new TreatmentPlanOpened(PLAN, UnitKind.COUPLE, List.of(
                        partner(ParticipantId.of("p-access-a"), "Avery"), partner(ParticipantId.of("p-access-b"), "Jo")),
                        ClinicianId.of(PRIMARY), LevelOfCare.IOP_ADULT, AT)),
                plan.next(new SessionScheduled(PLAN, SessionId.of("s-group"), SessionKind.COUPLES,
                        AT.plus(Duration.ofDays(1)), 60, ClinicianId.of(GROUP_LEADER),
                        List.of(ParticipantId.of("p-access-a"), ParticipantId.of("p-access-b")),
                        LocationMode.SAME_LOCATION, null, null)),
                plan.next(new CareTeamMemberAdded(PLAN, ClinicianId.of(COVERING), CareTeamJoinReason.COVERING_CLINICIAN,
                        ClinicianId.of(PRIMARY), AT))));
        await().atMost(Duration.ofSeconds(60)).until(() ->
                querySide.get(SCHEDULE, null, issuer.clinician(COVERING)).statusCode() == 200);
    }

    @Test
    void withoutAValidTokenNothingIsRead() throws Exception {
        for (String token : new String[] {null, issuer.expired(PRIMARY, Role.CLINICIAN),
                issuer.fromAnotherIssuer(PRIMARY, Role.CLINICIAN), issuer.forAnotherAudience(PRIMARY, Role.CLINICIAN),
                "not-a-jwt"}) {
            HttpResponse<String> refused = querySide.get(SCHEDULE, null, token);
            assertThat(refused.statusCode()).as("token %s", token).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.body()).contains("unauthenticated").doesNotContain("p-access-a");
            assertThat(refused.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Bearer");
        }
    }

    @Test
    void theCareTeamAndTheSessionsClinicianReadThePlan() throws Exception {
        for (String clinician : List.of(PRIMARY, COVERING, GROUP_LEADER)) {
            HttpResponse<String> schedule = querySide.get(SCHEDULE, null, issuer.clinician(clinician));
            assertThat(schedule.statusCode()).as(clinician).isEqualTo(200);
            assertThat(schedule.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
            assertThat(schedule.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
    }

    @Test
    void aClinicianOffTheCareTeamIsRefusedUnlessTheyBreakTheGlass() throws Exception {
        HttpResponse<String> refused = querySide.get(SCHEDULE, null, issuer.clinician(STRANGER));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("not-on-care-team").doesNotContain("p-access-a");

        HttpResponse<String> emergency = querySide.get(SCHEDULE, null, issuer.clinician(STRANGER),
                "Tandem-Break-The-Glass", "SAFETY_CONCERN", "X-Correlation-Id", "glass-1");
        assertThat(emergency.statusCode()).isEqualTo(200);

        HttpResponse<String> badReason = querySide.get(SCHEDULE, null, issuer.clinician(STRANGER),
                "Tandem-Break-The-Glass", "CURIOSITY");
        assertThat(badReason.statusCode()).isEqualTo(400);
        assertThat(badReason.body()).contains("Tandem-Break-The-Glass");
    }

    @Test
    void aClinicianRemovedFromTheCareTeamIsRefusedFromThenOn() throws Exception {
        PlanId plan = PlanId.of("plan-access-removal");
        PlanStream stream = new PlanStream(plan);
        querySide.publish(List.of(
                stream.next(new TreatmentPlanOpened(plan, UnitKind.COUPLE, List.of(
                        partner(ParticipantId.of("p-r-a"), "A"), partner(ParticipantId.of("p-r-b"), "B")),
                        ClinicianId.of(PRIMARY), LevelOfCare.IOP_ADULT, AT)),
                stream.next(new CareTeamMemberAdded(plan, ClinicianId.of(COVERING),
                        CareTeamJoinReason.COVERING_CLINICIAN, ClinicianId.of(PRIMARY), AT)),
                stream.next(new CareTeamMemberRemoved(plan, ClinicianId.of(COVERING),
                        CareTeamLeaveReason.COVERAGE_ENDED, ClinicianId.of(PRIMARY), AT))));
        String path = "/api/treatment-plans/plan-access-removal";
        await().atMost(Duration.ofSeconds(60)).until(() ->
                querySide.get(path, null, issuer.clinician(PRIMARY)).statusCode() == 200);
        assertThat(querySide.get(path, null, issuer.clinician(COVERING)).statusCode()).isEqualTo(403);
    }

    @Test
    void listsShowAClinicianTheirCareTeamsPlansOnly() throws Exception {
        assertThat(planIds(querySide.get("/api/treatment-plans?size=500", null, issuer.clinician(PRIMARY))))
                .contains("plan-access");
        assertThat(planIds(querySide.get("/api/treatment-plans?size=500", null, issuer.clinician(STRANGER))))
                .doesNotContain("plan-access");
        String groupLeadersWeek = "/api/clinicians/" + GROUP_LEADER + "/schedule?week=2026-W10";
        for (String careTeam : List.of(GROUP_LEADER, PRIMARY)) {
            JsonNode week = json.readTree(querySide.get(groupLeadersWeek, null, issuer.clinician(careTeam)).body());
            assertThat(week.findValuesAsText("sessionId")).as(careTeam).containsExactly("s-group");
            assertThat(week.findValuesAsText("planId")).as(careTeam).containsExactly("plan-access");
        }
        HttpResponse<String> colleague = querySide.get(groupLeadersWeek, null, issuer.clinician(STRANGER));
        assertThat(colleague.statusCode()).isEqualTo(200);
        JsonNode narrowed = json.readTree(colleague.body());
        assertThat(narrowed.path("days")).hasSize(7);
        assertThat(narrowed.findValuesAsText("sessionId")).isEmpty();
        assertThat(colleague.body()).doesNotContain("plan-access", "p-access-a");
    }

    @Test
    void aMethodNoEndpointTakesIsRefusedAsAProblemBeforeAnyRule() throws Exception {
        HttpResponse<String> answer = querySide.send("FOO", SCHEDULE, issuer.clinician(PRIMARY));

        assertThat(answer.statusCode()).isEqualTo(405);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.headers().firstValue("Allow")).hasValue("GET, HEAD, POST, OPTIONS");
        assertThat(answer.body()).contains("method-not-allowed").doesNotContain("p-access-a");
    }

    @Test
    void eachRoleReachesItsOwnEndpointsOnly() throws Exception {
        String lead = issuer.person("lead-1", Role.PROGRAM_LEAD);
        assertThat(querySide.get("/api/reports/program?month=2026-03", null, lead).statusCode()).isEqualTo(200);
        assertThat(querySide.get(SCHEDULE, null, lead).statusCode()).isEqualTo(403);
        assertThat(querySide.get("/api/treatment-plans", null, lead).statusCode()).isEqualTo(403);
        assertThat(querySide.get("/api/weekly-hours", null, lead).statusCode()).isEqualTo(403);

        String operator = issuer.person("op-1", Role.OPERATOR);
        assertThat(querySide.get("/api/operations/read-models", null, operator).statusCode()).isEqualTo(200);
        assertThat(querySide.get(SCHEDULE, null, operator).statusCode()).isEqualTo(403);
        assertThat(querySide.get("/api/access-audit", null, operator).statusCode()).isEqualTo(403);

        String compliance = issuer.person("audit-1", Role.COMPLIANCE);
        assertThat(querySide.get("/api/compliance/treatment-plans/plan-access/attendance-history", null, compliance)
                .statusCode()).isEqualTo(200);
        assertThat(querySide.get("/api/treatment-plans/plan-access/attendance-audit", null, compliance)
                .statusCode()).isEqualTo(200);
        assertThat(querySide.get(SCHEDULE, null, compliance).statusCode()).isEqualTo(403);
        assertThat(querySide.get("/api/operations/read-models", null, compliance).statusCode()).isEqualTo(403);

        assertThat(querySide.get("/api/compliance/treatment-plans/plan-access/attendance-history", null,
                issuer.clinician(PRIMARY)).statusCode()).isEqualTo(403);
        assertThat(querySide.get(SCHEDULE, null, issuer.machine("ehr-export", MachineScope.PLANS_READ))
                .statusCode()).isEqualTo(200);
        assertThat(querySide.get(SCHEDULE, null, issuer.machine("scraper", MachineScope.METRICS_READ))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void complianceFindsEveryAccessToTheCouplesRecordByPlanPersonAndUser() throws Exception {
        querySide.get(SCHEDULE, null, issuer.clinician(PRIMARY), "X-Correlation-Id", "seen-by-primary");
        querySide.get(SCHEDULE, null, issuer.clinician(STRANGER), "X-Correlation-Id", "refused-stranger");
        querySide.get(SCHEDULE, null, issuer.clinician(STRANGER), "Tandem-Break-The-Glass", "MEDICAL_EMERGENCY",
                "Tandem-Purpose-Of-Use", "EMERGENCY_TREATMENT", "X-Correlation-Id", "glass-stranger");
        querySide.get(SCHEDULE, null, null, "X-Correlation-Id", "anonymous");
        String compliance = issuer.person("audit-1", Role.COMPLIANCE);

        JsonNode byPlan = json.readTree(querySide.get("/api/access-audit?planId=plan-access&size=500", null,
                compliance).body());
        JsonNode seen = record(byPlan, "seen-by-primary");
        assertThat(seen.path("subject").asText()).isEqualTo(PRIMARY);
        assertThat(seen.path("roles").asText()).isEqualTo("clinician");
        assertThat(seen.path("purpose").asText()).isEqualTo("TREATMENT");
        assertThat(seen.path("outcome").asText()).isEqualTo("ALLOWED");
        assertThat(seen.path("endpoint").asText()).isEqualTo("/api/treatment-plans/{planId}/schedule");
        assertThat(seen.path("personIds").toString()).contains("p-access-a", "p-access-b");
        assertThat(record(byPlan, "refused-stranger").path("outcome").asText()).isEqualTo("REFUSED_FORBIDDEN");
        JsonNode glass = record(byPlan, "glass-stranger");
        assertThat(glass.path("outcome").asText()).isEqualTo("BREAK_THE_GLASS");
        assertThat(glass.path("breakTheGlassReason").asText()).isEqualTo("MEDICAL_EMERGENCY");
        assertThat(glass.path("purpose").asText()).isEqualTo("EMERGENCY_TREATMENT");
        JsonNode anonymous = record(byPlan, "anonymous");
        assertThat(anonymous.path("outcome").asText()).isEqualTo("REFUSED_UNAUTHENTICATED");
        assertThat(anonymous.path("subject").isNull() || anonymous.path("subject").isMissingNode()).isTrue();

        JsonNode byPerson = json.readTree(querySide.get("/api/access-audit?personId=p-access-b&size=500", null,
                compliance).body());
        record(byPerson, "glass-stranger");
        JsonNode byUser = json.readTree(querySide.get("/api/access-audit?subject=" + STRANGER
                + "&outcome=BREAK_THE_GLASS&size=500", null, compliance).body());
        assertThat(byUser.path("items")).allSatisfy(item ->
                assertThat(item.path("outcome").asText()).isEqualTo("BREAK_THE_GLASS"));
        record(byUser, "glass-stranger");

        HttpResponse<String> csv = querySide.get("/api/access-audit?planId=plan-access", "text/csv", compliance);
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(csv.body()).startsWith("occurredAt,service,subject").contains("\"glass-stranger\"",
                "BREAK_THE_GLASS", "MEDICAL_EMERGENCY");
        assertThat(csv.body()).as("no names in the access audit").doesNotContain("Avery");

        assertThat(querySide.get("/api/access-audit?from=yesterday", null, compliance).statusCode()).isEqualTo(400);
    }

    @Test
    void theAccessAuditIsAppendOnlyInTheDatabaseItself() throws Exception {
        querySide.get(SCHEDULE, null, issuer.clinician(PRIMARY));
        try (Connection connection = DriverManager.getConnection(System.getProperty("tandem.access-audit.url"),
                System.getProperty("tandem.access-audit.username"), System.getProperty("tandem.access-audit.password"))) {
            for (String change : List.of("update access_audit.access_record set subject = 'someone-else'",
                    "delete from access_audit.access_record", "truncate access_audit.access_record")) {
                assertThatThrownBy(() -> connection.createStatement().execute(change)).as(change)
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            }
        }
    }

    private static List<String> planIds(HttpResponse<String> page) throws Exception {
        assertThat(page.statusCode()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        json.readTree(page.body()).path("items").forEach(item -> ids.add(item.path("planId").asText()));
        return ids;
    }

    private static JsonNode record(JsonNode page, String correlationId) {
        for (JsonNode item : page.path("items")) {
            if (correlationId.equals(item.path("correlationId").asText())) {
                return item;
            }
        }
        throw new AssertionError("no access record with correlation id " + correlationId + " in " + page);
    }
}
