package care.tandem.bench.rebuild;

import care.tandem.bench.BenchIssuer;
import care.tandem.infra.embedded.EmbeddedMongo;
import care.tandem.infra.embedded.EmbeddedPostgres;
import care.tandem.query.QuerySideApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * M3: the query side, started against a feed that holds every event already and an empty database, builds every read
 * model from the first event, each with its own tracking processor, as after a reset. Timed from the start of the
 * application (its start-up included) until each read model reports no event behind on the operations endpoint, the
 * way an operator follows a rebuild.
 */
final class ReadModelCatchUp {

    static final String READ_MODELS_PATH = "/api/operations/read-models";
    private static final Duration POLL_EVERY = Duration.ofMillis(200);

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final BenchIssuer issuer;
    private final Supplier<String> operations;
    private final EmbeddedPostgres accessAudit;

    ReadModelCatchUp(BenchIssuer issuer, EmbeddedPostgres accessAudit) {
        this.issuer = issuer;
        this.operations = issuer.operations();
        this.accessAudit = accessAudit;
    }

    /**
     * @param batchSize events per batch of every tracking processor ({@code tandem.projections.batch-size})
     * @param database  an empty database on the Mongo server: read models and tokens start from nothing
     * @param timeout   a pass that takes longer fails rather than hanging the run
     * @param whenCaughtUp runs with the application's base URL once every read model has caught up, before it stops
     */
    Pass run(EmbeddedMongo.Store store, String kafka, String mongoUri, String database, int batchSize, long events,
             Duration timeout, Consumer<String> whenCaughtUp) {
        double cpuBefore = CpuTime.seconds();
        long started = System.nanoTime();
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--spring.data.mongodb.uri=" + mongoUri,
                "--spring.data.mongodb.database=" + database,
                "--axon.kafka.bootstrap-servers=" + kafka,
                "--tandem.projections.batch-size=" + batchSize,
                "--tandem.access-audit.url=" + accessAudit.jdbcUrl(),
                "--tandem.access-audit.username=" + accessAudit.username(),
                "--tandem.access-audit.password=" + accessAudit.password()));
        arguments.addAll(issuer.arguments());
        ConfigurableApplicationContext app = QuerySideApplication.builder()
                .registerShutdownHook(false)
                .run(arguments.toArray(String[]::new));
        try {
            String baseUrl = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            URI readModels = URI.create(baseUrl + READ_MODELS_PATH);
            Map<String, Duration> caughtUp = new LinkedHashMap<>();
            List<String> names = List.of();
            JsonNode statuses = null;
            while (names.isEmpty() || caughtUp.size() < names.size()) {
                Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
                if (elapsed.compareTo(timeout) > 0) {
                    throw new IllegalStateException("Read models still behind after " + timeout + ": "
                                                            + caughtUp.keySet() + " of " + names + " caught up; "
                                                            + statuses);
                }
                List<String> seen = new ArrayList<>();
                statuses = get(readModels);
                for (JsonNode readModel : statuses) {
                    String name = readModel.get("name").asText();
                    seen.add(name);
                    JsonNode behind = readModel.get("eventsBehind");
                    if (behind != null && !behind.isNull() && behind.asLong() == 0) {
                        caughtUp.putIfAbsent(name, elapsed);
                    }
                }
                names = seen;
                sleep();
            }
            Duration all = caughtUp.values().stream().max(Duration::compareTo).orElseThrow();
            double cpuSeconds = CpuTime.seconds() - cpuBefore;
            whenCaughtUp.accept(baseUrl);
            return new Pass(store, "query side, batch size " + batchSize, events,
                            caughtUp.entrySet().stream().map(e -> new Pass.Lane(e.getKey(), e.getValue())).toList(),
                            all, cpuSeconds);
        } finally {
            app.close();
        }
    }

    private JsonNode get(URI uri) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                                                              .header("Authorization", "Bearer " + operations.get())
                                                              .GET().build(),
                                                      HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + READ_MODELS_PATH + " answered " + response.statusCode());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + READ_MODELS_PATH + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_EVERY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
