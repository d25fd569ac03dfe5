package care.tandem.bench.scaleout;

import care.tandem.bench.load.AppProcess;
import care.tandem.infra.embedded.FreePort;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The command-side and query-side instances of a run, each a process of its own from the platform jar, all on the
 * same PostgreSQL, Kafka cluster and MongoDB; closed together at the end.
 */
final class AppInstances implements AutoCloseable {

    private static final String COMMAND_SIDE = "care.tandem.command.CommandSideApplication";
    private static final String QUERY_SIDE = "care.tandem.query.QuerySideApplication";

    private final Path platformJar;
    private final Path directory;
    private final List<String> jvmOptions;
    private final Map<String, String> shared;
    private final String mongoUri;
    private final Supplier<String> metricsToken;
    private final List<AppProcess> started = new CopyOnWriteArrayList<>();

    /**
     * @param shared what every instance is started with: PostgreSQL, Kafka, the issuer
     */
    AppInstances(Path platformJar, Path directory, String heap, Map<String, String> shared, String mongoUri,
                 Supplier<String> metricsToken) {
        this.platformJar = platformJar;
        this.directory = directory;
        this.jvmOptions = List.of("-Xmx" + heap);
        this.shared = shared;
        this.mongoUri = mongoUri;
        this.metricsToken = metricsToken;
    }

    /**
     * Instance {@code number} of each app, started side by side (their start-ups wait on I/O as much as on CPU), once
     * a command side has created the event topic.
     */
    record Pair(AppProcess commandSide, AppProcess querySide) {
    }

    Pair bothSides(int number) {
        CompletableFuture<AppProcess> commandSide = CompletableFuture.supplyAsync(() -> commandSide(number));
        CompletableFuture<AppProcess> querySide = CompletableFuture.supplyAsync(() -> querySide(number));
        try {
            return new Pair(commandSide.join(), querySide.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Starts command-side instance {@code number} and returns once it is ready. */
    AppProcess commandSide(int number) {
        int port = FreePort.pick(1).get(0);
        return start("command-side-" + number, COMMAND_SIDE, port, Map.of("COMMAND_SIDE_PORT", String.valueOf(port)));
    }

    /** Starts query-side instance {@code number} and returns once it is ready (its read models caught up). */
    AppProcess querySide(int number) {
        int port = FreePort.pick(1).get(0);
        return start("query-side-" + number, QUERY_SIDE, port, Map.of("QUERY_SIDE_PORT", String.valueOf(port),
                "MONGODB_URI", mongoUri));
    }

    private AppProcess start(String name, String mainClass, int port, Map<String, String> own) {
        Map<String, String> environment = new HashMap<>(shared);
        environment.putAll(own);
        AppProcess app = AppProcess.start(name, platformJar, mainClass, port, environment, jvmOptions, directory,
                metricsToken);
        started.add(app);
        return app;
    }

    @Override
    public void close() {
        started.forEach(AppProcess::close);
    }
}
