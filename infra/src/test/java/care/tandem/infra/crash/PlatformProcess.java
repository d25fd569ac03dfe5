package care.tandem.infra.crash;

import care.tandem.access.testing.TestIssuer;
import care.tandem.infra.embedded.EmbeddedPostgres;
import care.tandem.infra.embedded.FreePort;
import care.tandem.infra.platform.TandemLauncher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole platform as a child process, the way an operator runs it ({@link TandemLauncher} on a data directory),
 * for tests that kill it the way a crash does: {@code kill -9}, no shutdown hook, no flush.
 */
final class PlatformProcess implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(180);

    private final Path data;
    private final Map<String, String> environment;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final int commandPort;
    private final int queryPort;
    private final int postgresPort;
    private Process process;

    /** @param readStore the embedded read store, {@code memory} or {@code h2} ({@code TANDEM_READ_STORE}) */
    PlatformProcess(Path data, String readStore) {
        List<Integer> ports = FreePort.pick(6);
        this.data = data;
        this.commandPort = ports.get(0);
        this.queryPort = ports.get(1);
        this.postgresPort = ports.get(2);
        this.environment = Map.of(
                "TANDEM_OIDC_ISSUER_URI", TestIssuer.shared().issuerUri(),
                "TANDEM_OIDC_JWK_SET_URI", TestIssuer.shared().jwkSetUri(),
                "TANDEM_DATA_DIR", data.toString(),
                "COMMAND_SIDE_PORT", String.valueOf(ports.get(0)),
                "QUERY_SIDE_PORT", String.valueOf(ports.get(1)),
                "TANDEM_EMBEDDED_POSTGRES_PORT", String.valueOf(ports.get(2)),
                "TANDEM_EMBEDDED_KAFKA_PORT", String.valueOf(ports.get(3)),
                "TANDEM_EMBEDDED_KAFKA_CONTROLLER_PORT", String.valueOf(ports.get(4)),
                "TANDEM_EMBEDDED_MONGO_PORT", String.valueOf(ports.get(5)),
                "TANDEM_READ_STORE", readStore);
    }

    String commandSide() {
        return "http://127.0.0.1:" + commandPort;
    }

    String querySide() {
        return "http://127.0.0.1:" + queryPort;
    }

    /** The embedded event store. */
    String postgresJdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + EmbeddedPostgres.DATABASE;
    }

    /** The superuser's password the embedded PostgreSQL generated on its first start. */
    String postgresPassword() throws IOException {
        return Files.readString(data.resolve("postgres-password")).strip();
    }

    /** Starts the platform on the data directory and returns once both services are ready. */
    void start(Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-cp", System.getProperty("java.class.path"), TandemLauncher.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        process = builder.start();
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (!(ready(commandSide()) && ready(querySide()))) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The platform did not get ready; its log is " + log);
            }
            Thread.sleep(250);
        }
    }

    /** {@code kill -9}: the JVM ends at once; its PostgreSQL server lives on, as after a real crash. */
    void crash() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    private boolean ready(String service) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(service + "/actuator/health/readiness"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops the platform in order (its shutdown hook stops PostgreSQL), and any PostgreSQL a crash left behind. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        EmbeddedPostgres.stopLeftOver(data.resolve("postgres").toAbsolutePath().normalize());
    }
}
