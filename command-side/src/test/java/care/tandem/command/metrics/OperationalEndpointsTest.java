package care.tandem.command.metrics;

import care.tandem.access.MachineScope;
import care.tandem.access.Role;
import care.tandem.access.testing.TestIssuer;
import care.tandem.command.testing.CommandSideHttpTest;
import care.tandem.command.testing.TestPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command side's health probes and Prometheus metrics over real HTTP, with a real PostgreSQL and Kafka
 * unreachable: alive, not ready (Kafka never answered), and every command timed by type and outcome.
 */
@CommandSideHttpTest
@AutoConfigureObservability(tracing = false)
class OperationalEndpointsTest {

    static final EmbeddedPostgres POSTGRES = TestPostgres.start();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, POSTGRES);
    }

    @Autowired
    TestRestTemplate http;

    @Test
    void isAliveButNotReadyWhileKafkaHasNeverAnswered() {
        assertThat(http.getForEntity("/actuator/health/liveness", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<String> readiness = http.getForEntity("/actuator/health/readiness", String.class);
        assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(readiness.getBody()).as("no details without an operator's token").isEqualTo("{\"status\":\"DOWN\"}");
        ResponseEntity<String> detailed = http.exchange("/actuator/health/readiness", HttpMethod.GET,
                new HttpEntity<>(bearer(TestIssuer.shared().person("op-1", Role.OPERATOR))), String.class);
        assertThat(detailed.getBody()).contains("\"kafka\":{\"status\":\"DOWN\"").contains("\"db\":{\"status\":\"UP\"");
        assertThat(http.exchange("/actuator/health/readiness", HttpMethod.GET,
                new HttpEntity<>(bearer(TestIssuer.shared().clinician("c-rivera"))), String.class).getBody())
                .as("a clinician sees no details either").isEqualTo("{\"status\":\"DOWN\"}");
    }

    @Test
    void timesEveryCommandByTypeAndOutcomeAndCountsTheEventsItCommitted() {
        assertThat(post("/api/treatment-plans", """
                {"planId":"plan-metrics","partners":[{"participantId":"p-a","displayName":"Alex"},
                 {"participantId":"p-b","displayName":"Sam"}],"primaryClinicianId":"c-rivera"}""").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(post("/api/treatment-plans", """
                {"planId":"plan-metrics","partners":[{"participantId":"p-a","displayName":"Alex"},
                 {"participantId":"p-b","displayName":"Sam"}],"primaryClinicianId":"c-rivera"}""").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(post("/api/treatment-plans/plan-metrics/couples-therapy/resume", """
                {"readiness":[{"participantId":"p-a","readiness":"READY"},
                 {"participantId":"p-b","readiness":"READY"}]}""").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        // The test's own TestRestTemplate is instrumented with the app's registry: its client metrics, with real
        // URIs, are the test's and not the service's.
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.exchange("/actuator/prometheus", HttpMethod.GET,
                new HttpEntity<>(bearer(TestIssuer.shared().clinician("c-rivera"))), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        String scrape = http.exchange("/actuator/prometheus", HttpMethod.GET,
                new HttpEntity<>(bearer(TestIssuer.shared().machine("prometheus", MachineScope.METRICS_READ))),
                String.class).getBody().lines()
                .filter(line -> !line.startsWith("http_client_"))
                .collect(Collectors.joining("\n"));

        assertThat(scrape)
                .contains("tandem_commands_seconds_count{application=\"command-side\",command=\"OpenTreatmentPlan\","
                                  + "outcome=\"accepted\"} 1")
                .contains("tandem_commands_seconds_count{application=\"command-side\",command=\"OpenTreatmentPlan\","
                                  + "outcome=\"refused\"} 1")
                .contains("tandem_commands_seconds_count{application=\"command-side\","
                                  + "command=\"ResumeCouplesTherapy\",outcome=\"refused\"} 1")
                .contains("tandem_commands_seconds_bucket{application=\"command-side\",command=\"OpenTreatmentPlan\","
                                  + "outcome=\"accepted\",le=")
                .contains("tandem_events_appended_events_total{application=\"command-side\","
                                  + "type=\"TreatmentPlanOpened\"} 1.0")
                .contains("tandem_kafka_publisher_lag_events{application=\"command-side\"} 1.0")
                .doesNotContain("plan-metrics").doesNotContain("p-a").doesNotContain("Alex");
    }

    private static HttpHeaders bearer(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return headers;
    }

    private ResponseEntity<String> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(TestIssuer.shared().clinician("c-rivera"));
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
}
