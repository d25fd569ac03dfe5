package care.tandem.command.privacy;

import care.tandem.access.Role;
import care.tandem.access.testing.TestIssuer;
import care.tandem.command.testing.CommandSideHttpTest;
import care.tandem.command.testing.TestPostgres;
import care.tandem.events.plan.Member;
import care.tandem.events.plan.RecoveryGoalSet;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.events.privacy.SealedText;
import care.tandem.integrity.StoreVerifier;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal text is stored sealed with its person's key, and compliance staff shredding one partner (after the
 * retention period, or on a recorded override) erases their text alone: the other partner's stays readable, the plan
 * keeps taking commands, nothing more of the shredded partner's text is kept, and the chain still verifies.
 */
@CommandSideHttpTest
class PersonalDataSealingTest {

    static final EmbeddedPostgres POSTGRES = TestPostgres.start();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, POSTGRES);
    }

    private static final String COMPLIANCE = TestIssuer.shared().person("privacy-officer", Role.COMPLIANCE);

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore events;
    @Autowired
    StoreVerifier verifier;

    @Test
    void namesAreStoredSealedAndAShreddedPartnersNameAloneReadsErased() {
        expect(HttpStatus.CREATED, post("/api/treatment-plans", Map.of("planId", "plan-sealed",
                "partners", List.of(Map.of("participantId", "p-sealed-a", "displayName", "Alexandra Quill"),
                        Map.of("participantId", "p-sealed-b", "displayName", "Samuel Quill")),
                "primaryClinicianId", "c-rivera")));
        String stored = new String(jdbc.queryForObject("select payload from domainevententry where "
                + "aggregateidentifier = 'plan-sealed' and sequencenumber = 0", byte[].class), StandardCharsets.UTF_8);
        assertThat(stored).doesNotContain("Alexandra", "Samuel", "Quill")
                .contains(SealedText.PREFIX + "p-sealed-a:", SealedText.PREFIX + "p-sealed-b:");
        assertThat(jdbc.queryForObject("select count(*) from person_keys where subject like 'p-sealed-%' "
                + "and keyset is not null", Integer.class)).isEqualTo(2);
        assertThat(names()).containsExactly("Alexandra Quill", "Samuel Quill");

        assertThat(shred("p-sealed-a", null, TestIssuer.shared().clinician("c-rivera")).getStatusCode())
                .as("compliance staff alone shred").isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> tooEarly = shred("p-sealed-a", null, COMPLIANCE);
        assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(tooEarly.getBody()).containsEntry("rule", "retention-period-not-over");
        expect(HttpStatus.OK, shred("p-sealed-a", "Erasure request approved by the privacy officer", COMPLIANCE));
        assertThat(names()).as("read again from the store").containsExactly(SealedText.ERASED, "Samuel Quill");
        assertThat(shred("p-sealed-a", "again", COMPLIANCE).getBody()).containsEntry("rule", "already-shredded");
        String recorded = new String(jdbc.queryForObject("select payload from domainevententry where "
                + "aggregateidentifier = 'consents/p-sealed-a' and payloadtype like '%PersonalDataShredded'",
                byte[].class), StandardCharsets.UTF_8);
        assertThat(recorded).contains("\"retentionOverridden\":true", "privacy officer", "\"shreddedBy\":\"privacy");

        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        expect(HttpStatus.CREATED, post("/api/treatment-plans/plan-sealed/joint-sessions", Map.of("sessionId", "s-1",
                "startsAt", start.toString(), "durationMinutes", 60, "clinicianId", "c-rivera",
                "expectedParticipantIds", List.of("p-sealed-a", "p-sealed-b"))));
        assertThat(verifier.verifyStream("plan-sealed").verified()).as("the chain covers the sealed text, not the key")
                .isTrue();
        assertThat(jdbc.queryForObject("select shredded_by from person_keys where subject = 'p-sealed-a'",
                String.class)).isEqualTo("privacy-officer");
        expect(HttpStatus.CREATED, post("/api/treatment-plans/plan-sealed/goals", Map.of("goalId", "g-a",
                "scope", "INDIVIDUAL", "participantId", "p-sealed-a", "description", "Alexandra's new goal")));
        assertThat(new String(jdbc.queryForObject("select payload from domainevententry where aggregateidentifier = "
                + "'plan-sealed' and payloadtype like '%RecoveryGoalSet'", byte[].class), StandardCharsets.UTF_8))
                .as("nothing more of a shredded person's text is kept").contains(SealedText.ERASED)
                .doesNotContain("Alexandra");

        expect(HttpStatus.CREATED, post("/api/treatment-plans/plan-sealed/goals", Map.of("goalId", "g-shared",
                "scope", "SHARED", "description", "Rebuild trust together")));
        assertThat(goalText("g-shared")).isEqualTo("Rebuild trust together");
        expect(HttpStatus.OK, shred("p-sealed-b", "Erasure request of the second partner", COMPLIANCE));
        assertThat(goalText("g-shared")).as("the unit's text goes with its last member").isEqualTo(SealedText.ERASED);
        assertThat(jdbc.queryForObject("select shred_reason from person_keys where subject = 'plan-sealed'",
                String.class)).isEqualTo("EVERY_MEMBER_SHREDDED");
        assertThat(verifier.verifyStream("plan-sealed").verified()).isTrue();
    }

    @Test
    void aPlanKeepsItsOwnKeyWhileAnyMemberIsNotShredded() {
        expect(HttpStatus.CREATED, post("/api/treatment-plans", Map.of("planId", "plan-half", "unitKind", "FAMILY",
                "levelOfCare", "IOP_ADULT", "members", List.of(
                        Map.of("participantId", "p-half-a", "displayName", "Ari Dale", "role", "PARENT"),
                        Map.of("participantId", "p-half-b", "displayName", "Bo Dale", "role", "PARENT")),
                "primaryClinicianId", "c-rivera")));
        expect(HttpStatus.CREATED, post("/api/treatment-plans/plan-half/goals", Map.of("goalId", "g-half",
                "scope", "SHARED", "description", "Weekly check-in")));
        expect(HttpStatus.CREATED, post("/api/treatment-plans/plan-half/members", Map.of("participantId", "p-half-c",
                "displayName", "Cy Dale", "role", "OTHER_FAMILY")));
        expect(HttpStatus.OK, shred("p-half-a", "Erasure request", COMPLIANCE));
        expect(HttpStatus.OK, shred("p-half-b", "Erasure request", COMPLIANCE));
        assertThat(jdbc.queryForObject("select count(*) from person_keys where subject = 'plan-half' "
                + "and keyset is not null", Integer.class)).as("a member added later is still there").isOne();
    }

    @Test
    void aMalformedShreddingIsA400NamingTheFieldAndDestroysNothing() {
        expect(HttpStatus.CREATED, post("/api/treatment-plans", Map.of("planId", "plan-kept",
                "partners", List.of(Map.of("participantId", "p-kept-a", "displayName", "Kim Vale"),
                        Map.of("participantId", "p-kept-b", "displayName", "Lou Vale")),
                "primaryClinicianId", "c-rivera")));
        Map<String, Map<String, Object>> malformed = Map.of(
                "reason", Map.of("reason", "BORED", "overrideBasis", "x"),
                "reason ", Map.of("overrideBasis", "Approved erasure request"),
                "overrideBasis", Map.of("reason", "ERASURE_REQUEST", "overrideBasis", "   "),
                "overrideBasis ", Map.of("reason", "ERASURE_REQUEST", "overrideBasis", "x".repeat(501)),
                "overrideBasis  ", Map.of("reason", "ERASURE_REQUEST", "overrideBasis", List.of("a")));
        malformed.forEach((field, body) -> {
            ResponseEntity<Map> refused = shred("p-kept-a", body);
            assertThat(refused.getStatusCode()).as("%s", body).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(refused.getBody()).as("%s", body).containsEntry("field", field.strip());
        });
        ResponseEntity<Map> unknown = shred("p-no-one", Map.of("reason", "ERASURE_REQUEST", "overrideBasis", "x"));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).containsEntry("type", "https://tandem.care/problems/person-not-found");
        assertThat(jdbc.queryForObject("select count(*) from person_keys where subject = 'p-no-one'", Integer.class))
                .as("a mistyped id shreds no one").isZero();
        ResponseEntity<Map> badId = shred("p kept", Map.of("reason", "ERASURE_REQUEST", "overrideBasis", "x"));
        assertThat(badId.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badId.getBody()).containsEntry("field", "participantId");

        assertThat(jdbc.queryForObject("select count(*) from person_keys where subject = 'p-kept-a' "
                + "and keyset is not null", Integer.class)).as("the key is kept").isOne();
        assertThat(jdbc.queryForObject("select count(*) from domainevententry where payloadtype like "
                + "'%PersonalDataShredded' and aggregateidentifier = 'consents/p-kept-a'", Integer.class)).isZero();
    }

    private String goalText(String goalId) {
        return events.readEvents("plan-sealed").asStream()
                .map(event -> event.getPayload() instanceof RecoveryGoalSet set && set.goalId().value().equals(goalId)
                        ? set.description() : null)
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
    }

    private List<String> names() {
        TreatmentPlanOpened opened = (TreatmentPlanOpened) events.readEvents("plan-sealed").asStream()
                .filter(event -> event.getPayload() instanceof TreatmentPlanOpened).findFirst().orElseThrow()
                .getPayload();
        return opened.members().stream().map(Member::displayName).toList();
    }

    private ResponseEntity<Map> shred(String person, String overrideBasis, String token) {
        Map<String, Object> body = new HashMap<>(Map.of("reason", "ERASURE_REQUEST"));
        if (overrideBasis != null) {
            body.put("overrideBasis", overrideBasis);
        }
        return shredWith(person, body, token);
    }

    private ResponseEntity<Map> shred(String person, Map<String, Object> body) {
        return shredWith(person, body, COMPLIANCE);
    }

    private ResponseEntity<Map> shredWith(String person, Map<String, Object> body, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(token);
        return http.postForEntity("/api/participants/" + person + "/shredding", new HttpEntity<>(body, headers),
                Map.class);
    }

    private ResponseEntity<Map> post(String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(TestIssuer.shared().clinician("c-rivera"));
        return http.postForEntity(path, new HttpEntity<>(body, headers), Map.class);
    }

    private static void expect(HttpStatus status, ResponseEntity<Map> response) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
    }
}
