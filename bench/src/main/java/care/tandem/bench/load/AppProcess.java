package care.tandem.bench.load;

import care.tandem.bench.ChildJvm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the apps in a JVM of its own, started from the platform jar with another main class, so that its resident
 * memory, CPU time and GC pauses are its own. Every GC pause goes to a log of its own ({@code -Xlog:gc}), which is
 * read back for the pauses of a time window.
 */
public final class AppProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    /** A stop-the-world pause in the unified GC log, e.g. {@code Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 2.345ms}. */
    private static final Pattern PAUSE = Pattern.compile("\\bPause [^\\n]* (\\d+(?:\\.\\d+)?)ms$");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final ChildJvm jvm;
    private final String url;
    private final Path gcLog;
    private final Supplier<String> metricsToken;

    private AppProcess(ChildJvm jvm, String url, Path gcLog, Supplier<String> metricsToken) {
        this.jvm = jvm;
        this.url = url;
        this.gcLog = gcLog;
        this.metricsToken = metricsToken;
    }

    /**
     * Starts {@code mainClass} from {@code platformJar} with the environment given, and returns once the app's
     * readiness probe answers 200. Its metrics are read with {@code metricsToken}'s tokens.
     */
    public static AppProcess start(String name, Path platformJar, String mainClass, int port, Map<String, String> env,
                                   List<String> jvmOptions, Path directory, Supplier<String> metricsToken) {
        Path gcLog = directory.resolve(name + "-gc.log");
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-Xlog:gc:file=" + gcLog);
        // Every instance of a run shares the run's checkpoint key, as a clinic's instances share theirs.
        Map<String, String> withKeys = new HashMap<>(env);
        Path keys = directory.resolve("integrity");
        withKeys.putIfAbsent("TANDEM_CHECKPOINT_SIGNING_KEY_FILE",
                keys.resolve("checkpoint-signing-key.json").toString());
        withKeys.putIfAbsent("TANDEM_CHECKPOINT_VERIFYING_KEY_FILE",
                keys.resolve("checkpoint-verifying-key.json").toString());
        withKeys.putIfAbsent("TANDEM_MASTER_KEY_FILE", keys.resolve("master-key.json").toString());
        ChildJvm jvm = ChildJvm.start(name, platformJar, mainClass, List.of(), withKeys, options, directory);
        AppProcess app = new AppProcess(jvm, "http://127.0.0.1:" + port, gcLog, metricsToken);
        try {
            app.awaitReady();
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        return app;
    }

    public String name() {
        return jvm.name();
    }

    public String url() {
        return url;
    }

    public long pid() {
        return jvm.pid();
    }

    /** Resident memory now ({@code VmRSS} of {@code /proc/<pid>/status}), in bytes. */
    long residentBytes() {
        return ProcessUsage.residentBytes(jvm.pid());
    }

    /** Everything the app's {@code /actuator/prometheus} says now. */
    String prometheus() {
        return get("/actuator/prometheus", metricsToken.get()).body();
    }

    /** How far the GC log has been written: the start of a window. */
    long gcLogPosition() {
        try {
            return Files.exists(gcLog) ? Files.size(gcLog) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stop-the-world pauses logged since {@code position}, in milliseconds. */
    List<Double> gcPausesSince(long position) {
        try {
            byte[] log = Files.readAllBytes(gcLog);
            String window = new String(log, (int) Math.min(position, log.length),
                    (int) Math.max(0, log.length - position), StandardCharsets.UTF_8);
            List<Double> pauses = new ArrayList<>();
            for (String line : window.split("\n")) {
                Matcher pause = PAUSE.matcher(line);
                if (pause.find()) {
                    pauses.add(Double.parseDouble(pause.group(1)));
                }
            }
            return pauses;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            jvm.requireAlive();
            try {
                if (get("/actuator/health/readiness", null).statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            pause(Duration.ofMillis(500));
        }
        throw new IllegalStateException(name() + " was not ready within " + READY_TIMEOUT + "; see " + jvm.output());
    }

    private HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static void pause(Duration duration) {
        ChildJvm.pause(duration);
    }

    /** {@code kill -9}: the app ends at once, mid-request, as in a crash. */
    public void kill() {
        jvm.kill();
    }

    /** Stops the app the way an operator would (SIGTERM), so a flight recording is written on the way out. */
    @Override
    public void close() {
        jvm.close();
    }
}
