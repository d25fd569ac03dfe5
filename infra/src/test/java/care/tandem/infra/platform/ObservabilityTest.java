package care.tandem.infra.platform;

import care.tandem.access.MachineScope;
import care.tandem.access.Role;
import care.tandem.access.testing.TestIssuer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What operators get from the running platform: both services ready once their servers answer, and every series the
 * Grafana dashboard and the alert rules in {@code infra/observability} query is one the services really expose.
 */
class ObservabilityTest {

    /** An operator reads the metrics of both services and runs the read models; a scraper only reads metrics. */
    private static final String OPERATOR = TestIssuer.shared().person("operator-obs", Role.OPERATOR);
    private static final String SCRAPER = TestIssuer.shared().machine("prometheus-obs", MachineScope.METRICS_READ);

    private static final Duration PROPAGATION = Duration.ofSeconds(60);
    private static final Pattern METRIC = Pattern.compile("\\b((?:tandem|jvm|http_server)_[a-z_]+)\\b");

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void bothServicesAreReadyAndExposeEverySeriesTheDashboardAndAlertsQuery() throws Exception {
        PlatformSettings settings = TestPlatforms.onFreePorts(data);
        try (TandemPlatform platform = TandemPlatform.start(settings)) {
            PlatformClient client = new PlatformClient(platform);
            assertThat(client.command("/api/treatment-plans", """
                    {"planId":"plan-obs","partners":[{"participantId":"p-alex","displayName":"Alex"},
                     {"participantId":"p-sam","displayName":"Sam"}],"primaryClinicianId":"c-rivera"}""").status())
                    .isEqualTo(201);
            String yesterday = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES).toString();
            assertThat(client.command("/api/treatment-plans/plan-obs/joint-sessions", """
                    {"sessionId":"s-1","startsAt":"%s","durationMinutes":60,"clinicianId":"c-rivera",
                     "expectedParticipantIds":["p-alex","p-sam"]}""".formatted(yesterday)).status()).isEqualTo(201);
            await().atMost(PROPAGATION).until(() -> client.query("/api/treatment-plans/plan-obs/schedule").status()
                    == 200);
            assertThat(post(platform.querySideUrl() + "/api/operations/read-models/schedule/rebuild", OPERATOR)
                    .statusCode())
                    .isEqualTo(202);
            await().atMost(PROPAGATION).until(() -> client.query("/api/operations/read-models/schedule").body()
                    .path("rebuild").path("state").asText().equals("COMPLETED"));

            await().atMost(PROPAGATION).untilAsserted(() -> {
                assertThat(get(platform.commandSideUrl() + "/actuator/health/readiness").statusCode()).isEqualTo(200);
                assertThat(get(platform.querySideUrl() + "/actuator/health/readiness").statusCode()).isEqualTo(200);
            });
            await().atMost(PROPAGATION).untilAsserted(() -> {
                String exposed = get(platform.commandSideUrl() + "/actuator/prometheus", OPERATOR).body()
                        + get(platform.querySideUrl() + "/actuator/prometheus", SCRAPER).body();
                Set<String> missing = new TreeSet<>();
                for (String metric : queried()) {
                    if (!exposed.contains("\n" + metric)) {
                        missing.add(metric);
                    }
                }
                assertThat(missing).as("series queried but exposed by neither service").isEmpty();
                assertThat(exposed).doesNotContain("plan-obs", "p-alex", "p-sam", "Alex\"");
            });
        }
    }

    /** Every metric name in the dashboard's and the alerts' PromQL. */
    private static Set<String> queried() throws IOException {
        Set<String> metrics = new TreeSet<>();
        for (String file : List.of("observability/grafana-dashboard.json", "observability/tandem-alerts.yml")) {
            Matcher matcher = METRIC.matcher(Files.readString(Path.of(file)));
            while (matcher.find()) {
                metrics.add(matcher.group(1));
            }
        }
        assertThat(metrics).contains("tandem_commands_seconds_bucket", "tandem_projection_lag_seconds_bucket",
                                     "tandem_rebuild_progress_percent");
        return metrics;
    }

    /** The health probes answer anyone: an orchestrator asks them without a token. */
    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", TestIssuer.bearer(token))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", TestIssuer.bearer(token))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
