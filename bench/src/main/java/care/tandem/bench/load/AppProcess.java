package care.tandem.bench.load;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the apps in a JVM of its own, started from the platform jar with another main class, so that its resident
 * memory, CPU time and GC pauses are its own. Every GC pause goes to a log of its own ({@code -Xlog:gc}), which is
 * read back for the pauses of a time window.
 */
final class AppProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    /** A stop-the-world pause in the unified GC log, e.g. {@code Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 2.345ms}. */
    private static final Pattern PAUSE = Pattern.compile("\\bPause [^\\n]* (\\d+(?:\\.\\d+)?)ms$");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final Process process;
    private final String url;
    private final Path gcLog;
    private final Path output;
    private final Supplier<String> metricsToken;

    private AppProcess(String name, Process process, String url, Path gcLog, Path output,
                       Supplier<String> metricsToken) {
        this.name = name;
        this.process = process;
        this.url = url;
        this.gcLog = gcLog;
        this.output = output;
        this.metricsToken = metricsToken;
    }

    /**
     * Starts {@code mainClass} from {@code platformJar} with the environment given, and returns once the app's
     * readiness probe answers 200. Its metrics are read with {@code metricsToken}'s tokens.
     */
    static AppProcess start(String name, Path platformJar, String mainClass, int port, Map<String, String> env,
                            List<String> jvmOptions, Path directory, Supplier<String> metricsToken) {
        Path gcLog = directory.resolve(name + "-gc.log");
        Path output = directory.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.add("-Xlog:gc:file=" + gcLog);
        command.add("-Dloader.main=" + mainClass);
        command.add("-cp");
        command.add(platformJar.toString());
        command.add("org.springframework.boot.loader.launch.PropertiesLauncher");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(env);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
        AppProcess app = new AppProcess(name, process, "http://127.0.0.1:" + port, gcLog, output, metricsToken);
        try {
            app.awaitReady();
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        return app;
    }

    String name() {
        return name;
    }

    String url() {
        return url;
    }

    long pid() {
        return process.pid();
    }

    /** Resident memory now ({@code VmRSS} of {@code /proc/<pid>/status}), in bytes. */
    long residentBytes() {
        return ProcessUsage.residentBytes(process.pid());
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
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + output);
            }
            try {
                if (get("/actuator/health/readiness", null).statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            pause(Duration.ofMillis(500));
        }
        throw new IllegalStateException(name + " was not ready within " + READY_TIMEOUT + "; see " + output);
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
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Stops the app the way an operator would (SIGTERM), so a flight recording is written on the way out. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
