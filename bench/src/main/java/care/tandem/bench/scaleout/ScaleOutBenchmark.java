package care.tandem.bench.scaleout;

import care.tandem.bench.BenchIssuer;
import care.tandem.bench.ChildJvm;
import care.tandem.bench.MarkdownReport;
import care.tandem.bench.SnapshotBenchmark;
import care.tandem.bench.TemporaryDirectory;
import care.tandem.bench.load.AppProcess;
import care.tandem.infra.embedded.EmbeddedMongo;
import care.tandem.infra.embedded.EmbeddedPostgres;
import care.tandem.infra.embedded.FreePort;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scale-out, proven on one machine: a three-node Kafka cluster (replication factor 3), two command-side and two
 * query-side instances, each a process, on one PostgreSQL and one MongoDB; throughput with one and with two instances
 * of each; then, under load, {@code kill -9} of the Kafka quorum's leader, of the command instance that publishes to
 * Kafka and of the query instance that holds the read models' segments, after which no acknowledged command may be
 * missing and the surviving query instance must show exactly the event store's fold. See BENCHMARKS.md.
 *
 * <pre>
 * java -Dloader.main=care.tandem.bench.scaleout.ScaleOutBenchmark -cp bench/target/bench-0.1.0-SNAPSHOT-exec.jar \
 *      org.springframework.boot.loader.launch.PropertiesLauncher --platform-jar infra/target/tandem-platform.jar \
 *      [--smoke] [--report BENCHMARKS.md]
 * </pre>
 */
public final class ScaleOutBenchmark {

    public static final String BEGIN = "<!-- BEGIN scale-out -->";
    public static final String END = "<!-- END scale-out -->";
    private static final Duration POLL = Duration.ofSeconds(1);

    private ScaleOutBenchmark() {
    }

    public static void main(String[] args) {
        SnapshotBenchmark.quietLogging();
        boolean smoke = false;
        Path report = null;
        Path platformJar = Path.of("infra/target/tandem-platform.jar");
        Path workDirectory = Path.of("bench/target/scale-out");
        String command = null;
        String javaVersion = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> smoke = true;
                case "--report" -> report = Path.of(args[++i]);
                case "--platform-jar" -> platformJar = Path.of(args[++i]);
                case "--work-dir" -> workDirectory = Path.of(args[++i]);
                case "--command" -> command = args[++i];
                case "--java-version" -> javaVersion = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        int exitCode = 1;
        try {
            ScaleOutResults results = run(smoke ? ScaleOutConfig.smoke() : ScaleOutConfig.full(), platformJar,
                    workDirectory, System.err);
            String block = ScaleOutReport.render(results, MarkdownReport.Machine.current(javaVersion),
                    command != null ? command : "bench/scale-out.sh" + (smoke ? " --smoke" : ""));
            System.out.println(block);
            if (report != null) {
                MarkdownReport.replaceBlock(report, block, BEGIN, END);
                System.err.println("results written into " + report.getFileName());
            }
            exitCode = 0;
        } catch (RuntimeException | IOException e) {
            e.printStackTrace();
        } finally {
            // The issuer's and the Kafka clients' threads must not keep the JVM alive, after a failure either.
            System.exit(exitCode);
        }
    }

    /** The whole run, in {@code workDirectory} (emptied first); progress lines go to {@code progress}. */
    public static ScaleOutResults run(ScaleOutConfig config, Path platformJar, Path workDirectory,
                                      PrintStream progress) {
        ChildJvm.requirePlatformJar(platformJar);
        long started = System.nanoTime();
        String loadBefore = MarkdownReport.Machine.loadAverage();
        Path directory = TemporaryDirectory.emptied(workDirectory);
        List<Integer> ports = FreePort.pick(2);
        progress.println("starting PostgreSQL, MongoDB, the issuer and three Kafka nodes ...");
        try (BenchIssuer issuer = BenchIssuer.start(directory.resolve("identity"));
             EmbeddedPostgres postgres = EmbeddedPostgres.start(directory.resolve("postgres"), ports.get(0));
             EmbeddedMongo mongo = EmbeddedMongo.start(directory.resolve("mongo"), ports.get(1));
             KafkaCluster kafka = KafkaCluster.start(platformJar, directory, config.kafkaHeap())) {
            Map<String, String> shared = new HashMap<>(issuer.environment());
            shared.putAll(Map.of(
                    "TANDEM_POSTGRES_URL", postgres.jdbcUrl(),
                    "TANDEM_POSTGRES_USER", postgres.username(),
                    "TANDEM_POSTGRES_PASSWORD", postgres.password(),
                    "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                    "TANDEM_KAFKA_REPLICATION_FACTOR", "3"));
            try (AppInstances apps = new AppInstances(platformJar, directory, config.appHeap(), shared,
                    mongo.connectionString(), issuer.metricsScraper())) {
                progress.println("one instance of each app ...");
                // The first command side creates the event topic, which a query side needs to start.
                List<AppProcess> commandSides = new ArrayList<>(List.of(apps.commandSide(1)));
                List<AppProcess> querySides = new ArrayList<>(List.of(apps.querySide(1)));
                CommandRouter router = new CommandRouter();
                router.add(commandSides.get(0).url());
                RoutedLoad load = new RoutedLoad(router, issuer.planWriter(), config.clinicians());
                List<RoutedLoad.Phase> phases = new ArrayList<>();
                if (!config.warmup().isZero()) {
                    RoutedLoad.Running warmUp = load.start("warm-up", 1);
                    ChildJvm.pause(config.warmup());
                    warmUp.stop();
                }
                phases.add(loadFor(load.start("one instance of each", 1), config.phase(), progress));

                progress.println("two instances of each app ...");
                AppInstances.Pair second = apps.bothSides(2);
                commandSides.add(second.commandSide());
                querySides.add(second.querySide());
                router.add(commandSides.get(1).url());
                phases.add(loadFor(load.start("two instances of each", 2), config.phase(), progress));

                Map<String, Long> segmentsBefore = SegmentOwners.querySide(mongo.connectionString());
                Map<String, Long> publisherBefore = SegmentOwners.commandSide(postgres.jdbcUrl(),
                        postgres.username(), postgres.password());
                Kills kills = new Kills(config.betweenKills(), progress);
                RoutedLoad.Running underKills = load.start("three kills under load", 2);
                kills.kill("Kafka node leading the KRaft quorum", () -> {
                    int leader = kafka.activeController();
                    return new Kills.Killed(kafka.kill(leader), 0);
                });
                AppProcess commandVictim = holderOf(publisherBefore, commandSides);
                kills.kill("command-side instance publishing to Kafka", () -> {
                    router.remove(commandVictim.url());
                    commandVictim.kill();
                    return new Kills.Killed(commandVictim.name(), commandVictim.pid());
                });
                AppProcess queryVictim = holderOf(segmentsBefore, querySides);
                kills.kill("query-side instance holding the most read-model segments", () -> {
                    queryVictim.kill();
                    return new Kills.Killed(queryVictim.name(), queryVictim.pid());
                });
                ChildJvm.pause(config.betweenKills());
                phases.add(underKills.stop());
                long loadStopped = System.nanoTime();

                AppProcess commandSurvivor = other(commandSides, commandVictim);
                AppProcess querySurvivor = other(querySides, queryVictim);
                progress.printf("load stopped; waiting for %s to show the event store's fold ...%n",
                        querySurvivor.name());
                Convergence convergence = Convergence.await(new ReadModelCheck(querySurvivor.url(),
                        issuer.planWriter(), issuer.operations()), load, postgres, config.convergenceLimit(),
                        loadStopped, POLL);
                EventStoreFold fold = convergence.fold();
                return new ScaleOutResults(config, phases, kills.done(), load.acknowledged().size(),
                        fold.lost(load.acknowledged()), fold.duplicated(load.acknowledged()), fold.events(),
                        fold.sessionsByPlan().size(), convergence.convergedSeconds(), convergence.caughtUpSeconds(),
                        convergence.differences(), segmentsBefore, SegmentOwners.querySide(mongo.connectionString()),
                        publisherBefore, SegmentOwners.commandSide(postgres.jdbcUrl(), postgres.username(),
                        postgres.password()),
                        new ScaleOutResults.Survivors(commandSurvivor.pid(), querySurvivor.pid()), loadBefore,
                        MarkdownReport.Machine.loadAverage(), Duration.ofNanos(System.nanoTime() - started));
            }
        }
    }

    private static RoutedLoad.Phase loadFor(RoutedLoad.Running running, Duration duration, PrintStream progress) {
        ChildJvm.pause(duration);
        RoutedLoad.Phase phase = running.stop();
        progress.printf("%s: %.0f commands/s acknowledged, p99 %.0f ms, %d failed%n", phase.name(),
                phase.acknowledgedPerSecond(), phase.latency().p99Ms(), phase.failed());
        return phase;
    }

    /** The instance holding most of the segments (the first instance when none is held). */
    private static AppProcess holderOf(Map<String, Long> segments, List<AppProcess> instances) {
        return instances.stream().max((a, b) -> Long.compare(held(segments, a), held(segments, b)))
                .filter(instance -> held(segments, instance) > 0).orElse(instances.get(0));
    }

    private static long held(Map<String, Long> segments, AppProcess instance) {
        return segments.values().stream().filter(pid -> pid == instance.pid()).count();
    }

    private static AppProcess other(List<AppProcess> pair, AppProcess victim) {
        return pair.get(0) == victim ? pair.get(1) : pair.get(0);
    }
}
