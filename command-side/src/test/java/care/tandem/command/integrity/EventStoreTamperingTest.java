package care.tandem.command.integrity;

import care.tandem.access.MachineScope;
import care.tandem.access.Role;
import care.tandem.access.testing.TestIssuer;
import care.tandem.command.testing.CommandSideHttpTest;
import care.tandem.command.testing.TestPostgres;
import care.tandem.integrity.EventChain;
import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event store's rows edited, deleted, reordered, inserted and rewritten straight in PostgreSQL, as someone with
 * database access could: the verifier names the plan and the first event that does not match, and a store nobody
 * touched verifies.
 */
@CommandSideHttpTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventStoreTamperingTest {

    static final EmbeddedPostgres POSTGRES = TestPostgres.start();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, POSTGRES);
    }

    private static final String OPERATOR = TestIssuer.shared().person("ops", Role.OPERATOR);
    private static final String COMPLIANCE = TestIssuer.shared().person("audit", Role.COMPLIANCE);

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    /** First, while no other test has touched the store. */
    @Test
    @Order(1)
    void aStoreNobodyTouchedVerifiesWithAndWithoutACheckpoint() {
        String plan = planWithSessions("plan-clean");
        assertThat(verify("?planId=" + plan, COMPLIANCE).path("verified").asBoolean()).isTrue();
        JsonNode signed = checkpoint();
        assertThat(signed.path("root").asText()).hasSize(64);
        JsonNode store = verify("", OPERATOR);
        assertThat(store.path("verified").asBoolean()).as(store.toString()).isTrue();
        assertThat(store.path("events").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(store.path("checkpoint").path("id").asLong()).isEqualTo(signed.path("id").asLong());
        assertThat(store.path("checkpoint").path("signatureValid").asBoolean()).isTrue();
        assertThat(verify("?personId=p-nobody", OPERATOR).path("events").asLong()).isZero();
    }

    @Test
    void anEditedRowIsReportedWithItsPlanAndSequenceAndPassesAgainOnceRestored() {
        String plan = planWithSessions("plan-edited");
        byte[] original = payload(plan, 2);
        jdbc.update("update domainevententry set payload = ? where aggregateidentifier = ? and sequencenumber = 2",
                new String(original).replace("60", "90").getBytes(), plan);
        assertProblem(plan, "ALTERED", 2);
        assertThat(verify("", OPERATOR).path("problems").findValuesAsText("streamId")).contains(plan);
        jdbc.update("update domainevententry set payload = ? where aggregateidentifier = ? and sequencenumber = 2",
                original, plan);
        assertThat(verify("?planId=" + plan, OPERATOR).path("verified").asBoolean()).isTrue();
    }

    @Test
    void aDeletedRowAnInsertedRowAndSwappedRowsAreEachReported() {
        String deleted = planWithSessions("plan-deleted");
        jdbc.update("delete from domainevententry where aggregateidentifier = ? and sequencenumber = 1", deleted);
        assertProblem(deleted, "MISSING", 1);

        String inserted = planWithSessions("plan-inserted");
        jdbc.update("insert into domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, "
                + "metadata, payload, payloadrevision, payloadtype, timestamp) select aggregateidentifier, 4, type, "
                + "'forged-event', metadata, payload, payloadrevision, payloadtype, timestamp from domainevententry "
                + "where aggregateidentifier = ? and sequencenumber = 3", inserted);
        assertProblem(inserted, "UNCHAINED", 4);

        String swapped = planWithSessions("plan-swapped");
        byte[] first = payload(swapped, 1);
        byte[] second = payload(swapped, 2);
        jdbc.update("update domainevententry set payload = ? where aggregateidentifier = ? and sequencenumber = 1",
                second, swapped);
        jdbc.update("update domainevententry set payload = ? where aggregateidentifier = ? and sequencenumber = 2",
                first, swapped);
        assertProblem(swapped, "ALTERED", 1);
    }

    @Test
    void aStreamRewrittenWithAConsistentChainIsCaughtByTheSignedCheckpoint() throws Exception {
        String plan = planWithSessions("plan-rewritten");
        checkpoint();
        jdbc.update("update domainevententry set payload = ? where aggregateidentifier = ? and sequencenumber = 1",
                new String(payload(plan, 1)).replace("60", "45").getBytes(), plan);
        jdbc.update("delete from event_chain where aggregateidentifier = ?", plan);
        try (Connection connection = dataSource.getConnection()) {
            EventChain.chainAppended(connection, plan, 0, 3);
        }
        assertProblem(plan, "REWRITTEN", 3);
    }

    @Test
    void aPersonsConsentStreamIsVerifiedOnItsOwnAndRefusalsAreClear() {
        planWithSessions("plan-consents");
        expect(HttpStatus.CREATED, post("/api/treatment-plans/plan-consents/members/p-plan-consents-a/consents",
                Map.of("recipient", Map.of("member", "p-plan-consents-b"), "information", List.of("ATTENDANCE"),
                        "purpose", "COUPLES_OR_FAMILY_THERAPY", "endsAtDischarge", true,
                        "attestation", "SIGNED_IN_SESSION", "signedBy", "p-plan-consents-a")));
        JsonNode person = verify("?personId=p-plan-consents-a", COMPLIANCE);
        assertThat(person.path("scope").asText()).isEqualTo("consents/p-plan-consents-a");
        assertThat(person.path("events").asLong()).isEqualTo(1);
        assertThat(person.path("verified").asBoolean()).isTrue();

        assertThat(get("/actuator/event-store", TestIssuer.shared().clinician("c-rivera")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange(HttpMethod.POST, "/actuator/event-store", COMPLIANCE).getStatusCode())
                .as("compliance verifies; operators checkpoint").isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> invalid = get("/actuator/event-store?planId=no%20such%20id", OPERATOR);
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(invalid.getBody().path("detail").asText()).contains("planId");
        assertThat(exchange(HttpMethod.POST, "/actuator/event-store",
                TestIssuer.shared().machine("automation", MachineScope.OPERATIONS)).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private void assertProblem(String plan, String kind, long sequence) {
        JsonNode verification = verify("?planId=" + plan, OPERATOR);
        assertThat(verification.path("verified").asBoolean()).as(verification.toString()).isFalse();
        JsonNode problem = verification.path("problems").get(0);
        assertThat(problem.path("streamId").asText()).isEqualTo(plan);
        assertThat(problem.path("kind").asText()).as(problem.toString()).isEqualTo(kind);
        assertThat(problem.path("sequence").asLong()).isEqualTo(sequence);
    }

    /** A couple's plan with three sessions: events 0 to 3. */
    private String planWithSessions(String plan) {
        expect(HttpStatus.CREATED, post("/api/treatment-plans", Map.of("planId", plan,
                "partners", List.of(Map.of("participantId", "p-" + plan + "-a", "displayName", "Alex"),
                        Map.of("participantId", "p-" + plan + "-b", "displayName", "Sam")),
                "primaryClinicianId", "c-rivera")));
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        for (int session = 1; session <= 3; session++) {
            expect(HttpStatus.CREATED, post("/api/treatment-plans/" + plan + "/joint-sessions", Map.of(
                    "sessionId", "s-" + session, "startsAt", start.plus(session, ChronoUnit.DAYS).toString(),
                    "durationMinutes", 60, "clinicianId", "c-rivera",
                    "expectedParticipantIds", List.of("p-" + plan + "-a", "p-" + plan + "-b"))));
        }
        return plan;
    }

    private byte[] payload(String plan, long sequence) {
        return jdbc.queryForObject("select payload from domainevententry where aggregateidentifier = ? "
                + "and sequencenumber = ?", byte[].class, plan, sequence);
    }

    private JsonNode verify(String query, String token) {
        ResponseEntity<JsonNode> answer = get("/actuator/event-store" + query, token);
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private JsonNode checkpoint() {
        ResponseEntity<JsonNode> answer = exchange(HttpMethod.POST, "/actuator/event-store", OPERATOR);
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private ResponseEntity<JsonNode> get(String path, String token) {
        return exchange(HttpMethod.GET, path, token);
    }

    private ResponseEntity<JsonNode> exchange(HttpMethod method, String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return http.exchange(path, method, new HttpEntity<>(headers), JsonNode.class);
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
