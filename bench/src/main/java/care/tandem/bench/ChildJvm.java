package care.tandem.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A main class of the platform jar in a JVM of its own ({@code -Dloader.main}), its output in {@code <name>.log}: how
 * the benchmarks run the apps and the Kafka nodes, so each one's memory and CPU are its own and each can be killed.
 */
public final class ChildJvm implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path output;

    private ChildJvm(String name, Process process, Path output) {
        this.name = name;
        this.process = process;
        this.output = output;
    }

    /** Fails before anything starts when the platform jar the children run from has not been built. */
    public static void requirePlatformJar(Path platformJar) {
        if (!Files.isRegularFile(platformJar)) {
            throw new IllegalArgumentException("no platform jar at " + platformJar + ": build infra first");
        }
    }

    public static ChildJvm start(String name, Path platformJar, String mainClass, List<String> arguments,
                                 Map<String, String> environment, List<String> jvmOptions, Path directory) {
        Path output = directory.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.add("-Dloader.main=" + mainClass);
        command.add("-cp");
        command.add(platformJar.toString());
        command.add("org.springframework.boot.loader.launch.PropertiesLauncher");
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        try {
            return new ChildJvm(name, builder.start(), output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path output() {
        return output;
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Fails with where to look when the JVM has ended. */
    public void requireAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + output);
        }
    }

    /** Waits until a line of the output contains {@code text}. */
    public void awaitOutput(String text, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            requireAlive();
            try {
                if (Files.exists(output) && Files.readString(output).contains(text)) {
                    return;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pause(Duration.ofMillis(250));
        }
        throw new IllegalStateException(name + " did not say '" + text + "' within " + within + "; see " + output);
    }

    /** {@code kill -9}: no shutdown hook, no flush, as in a crash or a lost machine. */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** Stops it the way an operator would (SIGTERM), so a flight recording is written on the way out. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void awaitExit() {
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
