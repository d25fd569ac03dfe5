package care.tandem.bench;

import care.tandem.bench.BenchResults.ThresholdResult;
import care.tandem.infra.embedded.EmbeddedPostgres;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Command latency against plans with long histories, per snapshot threshold: picks
 * {@code tandem.snapshots.every-events}. See BENCHMARKS.md at the repository root.
 *
 * <pre>
 * java -jar bench/target/bench-0.1.0-SNAPSHOT-exec.jar [--smoke] [--sessions] [--report BENCHMARKS.md]
 *      [--command "bench/run.sh"] [--java-version "..."]
 *      [--sizes 10,100,1000,10000] [--thresholds none,50,100,250,500,1000] [--samples 200]
 * </pre>
 *
 * One embedded PostgreSQL (the platform's own, fsync on) serves the whole run; every threshold gets a fresh database
 * and a freshly started command-side application, in this JVM, one after the other.
 */
public final class SnapshotBenchmark {

    private SnapshotBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        quietLogging();
        boolean smoke = false;
        boolean sessions = false;
        Path report = null;
        String command = null;
        String javaVersion = null;
        List<Integer> sizes = null;
        List<Integer> thresholds = null;
        Integer samples = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> smoke = true;
                case "--sessions" -> sessions = true;
                case "--report" -> report = Path.of(args[++i]);
                case "--command" -> command = args[++i];
                case "--java-version" -> javaVersion = args[++i];
                case "--sizes" -> sizes = integers(args[++i]);
                case "--thresholds" -> thresholds = integers(args[++i]);
                case "--samples" -> samples = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (command == null) {
            command = "bench/run.sh" + (sessions ? " --sessions" : "") + (smoke ? " --smoke" : "");
        }
        BenchConfig config = smoke ? BenchConfig.smoke() : sessions ? BenchConfig.sessions() : BenchConfig.full();
        if (sizes != null || thresholds != null || samples != null || (smoke && sessions)) {
            config = config.with(sessions ? BenchConfig.History.SESSIONS : config.history(), sizes, thresholds,
                    samples);
        }
        BenchResults results = run(config, System.err);
        String block = MarkdownReport.render(results, MarkdownReport.Machine.current(javaVersion), command, smoke);
        System.out.println(block);
        if (report != null) {
            MarkdownReport.writeInto(report, block, config.history());
            System.err.println("results written into " + report.getFileName());
        }
        // Daemon threads of the finished contexts (Kafka clients) must not keep the JVM alive.
        System.exit(0);
    }

    /** "none,50,100" or "10,100": "none" is {@link BenchConfig#NO_SNAPSHOTS}. */
    private static List<Integer> integers(String list) {
        return Arrays.stream(list.split(","))
                .map(String::trim)
                .map(value -> value.equals("none") ? BenchConfig.NO_SNAPSHOTS : Integer.parseInt(value))
                .toList();
    }

    /** Progress goes to stderr; the libraries' start-up chatter (PostgreSQL's initdb, Spring) only when it is a problem. */
    public static void quietLogging() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    /** Runs every threshold of the configuration; progress lines go to {@code progress}. */
    public static BenchResults run(BenchConfig config, PrintStream progress) {
        long started = System.nanoTime();
        Path dataDirectory = TemporaryDirectory.create("tandem-bench-postgres-");
        List<ThresholdResult> results = new ArrayList<>();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDirectory, freePort())) {
            for (int threshold : config.thresholds()) {
                String database = "bench_" + BenchConfig.label(threshold);
                sql(postgres, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                sql(postgres, "CREATE DATABASE " + database);
                String url = "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/" + database;
                results.add(new ThresholdRun(config, threshold, url, postgres.username(), postgres.password(),
                        progress).run());
                sql(postgres, "DROP DATABASE " + database + " WITH (FORCE)");
            }
        } finally {
            TemporaryDirectory.deleteRecursively(dataDirectory);
        }
        return new BenchResults(config, results, Duration.ofNanos(System.nanoTime() - started));
    }

    private static void sql(EmbeddedPostgres postgres, String statement) {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(),
                postgres.password());
             Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + statement, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
