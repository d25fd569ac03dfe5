package care.tandem.command.api;

import care.tandem.access.testing.TestIssuer;
import care.tandem.command.testing.CommandSideHttpTest;
import care.tandem.command.testing.TestPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consent and disclosure over real HTTP, Axon and PostgreSQL: the plan's command and the person's consent record
 * commit together or not at all, a summary is shared only under the attending partner's consent, and a revoked
 * consent stops the next disclosure.
 */
@CommandSideHttpTest
class ConsentHttpIntegrationTest {

    static final EmbeddedPostgres POSTGRES = TestPostgres.start();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, POSTGRES);
    }

    private static final String PLAN = "/api/treatment-plans/plan-consent";
    private static final String ALEX_CONSENTS = "consents/p-ca";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSummaryIsSharedOnlyUnderTheAttendingPartnersConsentAndARevocationStopsTheNext() {
        expect(HttpStatus.CREATED, post("/api/treatment-plans", Map.of("planId", "plan-consent",
                "partners", List.of(Map.of("participantId", "p-ca", "displayName", "Alex"),
                        Map.of("participantId", "p-cs", "displayName", "Sam")),
                "primaryClinicianId", "c-rivera"), "corr-open"));
        missedBySam("s-1", 5);
        int planEvents = events("plan-consent");

        ResponseEntity<Map> refused = post(PLAN + "/sessions/s-1/summary-shares", summaryOf("s-1"), "corr-refused");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody()).containsEntry("type", "https://tandem.care/problems/consent-required")
                .containsEntry("title", "Consent required");
        assertThat(events("plan-consent")).isEqualTo(planEvents);
        assertThat(events(ALEX_CONSENTS)).isZero();

        ResponseEntity<Map> granted = post(PLAN + "/members/p-ca/consents", Map.of(
                "consentId", "consent-ca-1", "recipient", Map.of("member", "p-cs"),
                "information", List.of("SESSION_SUMMARIES"), "purpose", "COUPLES_OR_FAMILY_THERAPY",
                "endsAtDischarge", true, "attestation", "SIGNED_IN_SESSION", "signedBy", "p-ca"), "corr-grant");
        expect(HttpStatus.CREATED, granted);
        assertThat(granted.getBody()).containsEntry("consentId", "consent-ca-1");
        assertThat(events("plan-consent")).as("a consent is the person's, not the plan's").isEqualTo(planEvents);

        expect(HttpStatus.CREATED, post(PLAN + "/sessions/s-1/summary-shares", summaryOf("s-1"), "corr-share"));
        Map<String, Object> disclosure = jdbc.queryForMap("select payloadtype, payload, metadata from "
                + "domainevententry where aggregateidentifier = ? order by sequencenumber desc limit 1", ALEX_CONSENTS);
        assertThat(disclosure).containsEntry("payloadtype", "care.tandem.events.consent.InformationDisclosed");
        assertThat(text(disclosure.get("payload"))).contains("\"consentId\":\"consent-ca-1\"",
                "\"recipient\":\"p-cs\"", "\"notice\":\"42 CFR part 2 prohibits unauthorized use or disclosure");
        assertThat(text(disclosure.get("metadata"))).contains("\"actor\":\"c-rivera\"",
                "\"correlationId\":\"corr-share\"");
        assertThat(lastPayloadType("plan-consent")).isEqualTo("care.tandem.events.plan.SessionSummaryShared");

        expect(HttpStatus.OK, post(PLAN + "/members/p-ca/consents/consent-ca-1/revocation", null, "corr-revoke"));
        missedBySam("s-2", 3);
        int before = events("plan-consent") + events(ALEX_CONSENTS);
        ResponseEntity<Map> afterRevocation = post(PLAN + "/sessions/s-2/summary-shares", summaryOf("s-2"), null);
        assertThat(afterRevocation.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(afterRevocation.getBody()).containsEntry("rule", "consent-required");
        assertThat(events("plan-consent") + events(ALEX_CONSENTS)).isEqualTo(before);
    }

    @Test
    void aRevocationOfAConsentTheMemberNeverGaveIsNotFound() {
        expect(HttpStatus.CREATED, post("/api/treatment-plans", Map.of("planId", "plan-consent-404",
                "partners", List.of(Map.of("participantId", "p-na", "displayName", "Alex"),
                        Map.of("participantId", "p-nb", "displayName", "Sam")),
                "primaryClinicianId", "c-rivera"), null));

        ResponseEntity<Map> unknown = post("/api/treatment-plans/plan-consent-404/members/p-na/consents/nope/revocation",
                null, null);

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).containsEntry("type", "https://tandem.care/problems/consent-not-found");
    }

    @Test
    void aParticipantSignsAndRevokesTheirOwnConsentAndNoOneElses() {
        expect(HttpStatus.CREATED, post("/api/treatment-plans", Map.of("planId", "plan-consent-self",
                "partners", List.of(Map.of("participantId", "p-sa", "displayName", "Alex"),
                        Map.of("participantId", "p-sb", "displayName", "Sam")),
                "primaryClinicianId", "c-rivera"), null));
        String alex = TestIssuer.shared().participant("alex-login", "p-sa");
        Map<String, Object> own = Map.of("consentId", "consent-sa-1", "recipient", Map.of("member", "p-sb"),
                "information", List.of("ATTENDANCE"), "purpose", "COUPLES_OR_FAMILY_THERAPY",
                "endsAtDischarge", true, "attestation", "ELECTRONIC_SIGNATURE", "signedBy", "p-sa");
        String members = "/api/treatment-plans/plan-consent-self/members/";

        expect(HttpStatus.CREATED, postAs(alex, members + "p-sa/consents", own));
        assertThat(events("consents/p-sa")).isEqualTo(1);
        ResponseEntity<Map> forSam = postAs(alex, members + "p-sb/consents", Map.of("recipient",
                Map.of("member", "p-sa"), "information", List.of("ATTENDANCE"), "purpose",
                "COUPLES_OR_FAMILY_THERAPY", "endsAtDischarge", true, "attestation", "ELECTRONIC_SIGNATURE",
                "signedBy", "p-sb"));
        assertThat(forSam.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(forSam.getBody()).containsEntry("type", "https://tandem.care/problems/not-on-care-team");
        assertThat(postAs(alex, "/api/treatment-plans/plan-consent-self/goals", Map.of("scope", "SHARED",
                "description", "x")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        expect(HttpStatus.OK, postAs(alex, members + "p-sa/consents/consent-sa-1/revocation", null));
        assertThat(events("consents/p-sa")).isEqualTo(2);
        assertThat(events("consents/p-sb")).isZero();
    }

    private ResponseEntity<Map> postAs(String token, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(token);
        return http.postForEntity(path, new HttpEntity<>(body, headers), Map.class);
    }

    /** A joint session some hours ago that Alex attended alone. */
    private void missedBySam(String session, int hoursAgo) {
        Instant startsAt = Instant.now().minus(hoursAgo, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        expect(HttpStatus.CREATED, post(PLAN + "/joint-sessions", Map.of("sessionId", session,
                "startsAt", startsAt.toString(), "durationMinutes", 60, "clinicianId", "c-rivera",
                "expectedParticipantIds", List.of("p-ca", "p-cs")), null));
        expect(HttpStatus.CREATED, post(PLAN + "/joint-sessions/" + session + "/solo-attendance", Map.of(
                "attendingPartnerId", "p-ca", "absentPartnerId", "p-cs", "absenceReason", "SCHEDULING_CONFLICT",
                "therapistJudgement", "ABSENCE_DOES_NOT_HINDER_PROGRESS", "adjustedFocus", "COMMUNICATION_SKILLS"),
                null));
    }

    private static Map<String, Object> summaryOf(String session) {
        return Map.of("recipient", "p-cs", "parts", List.of(Map.of("about", "p-ca",
                "text", "Session " + session + ": Alex practised naming early warning signs.")));
    }

    private ResponseEntity<Map> post(String path, Object body, String correlationId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(TestIssuer.shared().clinician("c-rivera"));
        if (correlationId != null) {
            headers.set("X-Correlation-Id", correlationId);
        }
        return http.postForEntity(path, new HttpEntity<>(body, headers), Map.class);
    }

    private static void expect(HttpStatus status, ResponseEntity<Map> response) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
    }

    private int events(String aggregate) {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?",
                Integer.class, aggregate);
    }

    private String lastPayloadType(String aggregate) {
        return jdbc.queryForObject("select payloadtype from domainevententry where aggregateidentifier = ? "
                + "order by sequencenumber desc limit 1", String.class, aggregate);
    }

    private static String text(Object bytes) {
        return new String((byte[]) bytes, StandardCharsets.UTF_8);
    }
}
