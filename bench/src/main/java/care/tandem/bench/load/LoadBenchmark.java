package care.tandem.bench.load;

import care.tandem.bench.BenchIssuer;
import care.tandem.bench.ChildJvm;
import care.tandem.bench.MarkdownReport;
import care.tandem.bench.SnapshotBenchmark;
import care.tandem.bench.TemporaryDirectory;
import care.tandem.infra.embedded.EmbeddedKafkaBroker;
import care.tandem.infra.embedded.EmbeddedMongo;
import care.tandem.infra.embedded.EmbeddedPostgres;
import care.tandem.infra.embedded.FreePort;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * M1 (commands/s over HTTP at p99 <= 50 ms) with its baseline B2 (raw JDBC), M2 (projection lag at 70% of M1), M4
 * (resident memory and GC pauses of each app) and CPU seconds per 1,000 commands. See BENCHMARKS.md.
 *
 * <pre>
 * java -Dloader.main=care.tandem.bench.load.LoadBenchmark -cp bench/target/bench-0.1.0-SNAPSHOT-exec.jar \
 *      org.springframework.boot.loader.launch.PropertiesLauncher --platform-jar infra/target/tandem-platform.jar \
 *      [--smoke] [--report BENCHMARKS.md] [--plans 10000] [--rates 100,200,400] [--jfr DIRECTORY]
 * </pre>
 *
 * PostgreSQL, the Kafka broker and the Mongo wire server run embedded in this JVM, as the platform runs them; the
 * command side and the query side run in a JVM each, started from the platform jar.
 */
public final class LoadBenchmark {

    public static final String BEGIN = "<!-- BEGIN load -->";
    public static final String END = "<!-- END load -->";

    private static final String PROJECTION_LAG = "tandem_projection_lag_seconds";
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final int STEADY_POLLS = 3;

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        SnapshotBenchmark.quietLogging();
        boolean smoke = false;
        Path report = null;
        Path platformJar = Path.of("infra/target/tandem-platform.jar");
        Path workDirectory = Path.of("bench/target/load");
        Path flightRecordings = null;
        String command = null;
        String javaVersion = null;
        Integer plans = null;
        List<Integer> rates = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> smoke = true;
                case "--report" -> report = Path.of(args[++i]);
                case "--platform-jar" -> platformJar = Path.of(args[++i]);
                case "--work-dir" -> workDirectory = Path.of(args[++i]);
                case "--jfr" -> flightRecordings = Path.of(args[++i]);
                case "--command" -> command = args[++i];
                case "--java-version" -> javaVersion = args[++i];
                case "--plans" -> plans = Integer.parseInt(args[++i]);
                case "--rates" -> rates = Arrays.stream(args[++i].split(",")).map(String::trim)
                        .map(Integer::parseInt).toList();
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        LoadConfig config = smoke ? LoadConfig.smoke() : LoadConfig.full();
        if (plans != null) {
            config = config.withPlans(plans);
        }
        if (rates != null) {
            config = config.withRates(rates);
        }
        LoadResults results = run(config, platformJar, workDirectory, flightRecordings, System.err);
        String block = LoadReport.render(results, MarkdownReport.Machine.current(javaVersion),
                command != null ? command : "bench/load.sh" + (smoke ? " --smoke" : ""), smoke);
        System.out.println(block);
        if (report != null) {
            MarkdownReport.replaceBlock(report, block, BEGIN, END);
            System.err.println("results written into " + report.getFileName());
        }
        // The embedded Kafka broker's and the clients' threads must not keep the JVM alive.
        System.exit(0);
    }

    /** The whole run, in {@code workDirectory} (emptied first); progress lines go to {@code progress}. */
    public static LoadResults run(LoadConfig config, Path platformJar, Path workDirectory, Path flightRecordings,
                                  PrintStream progress) {
        ChildJvm.requirePlatformJar(platformJar);
        long started = System.nanoTime();
        String loadBefore = MarkdownReport.Machine.loadAverage();
        Path directory = TemporaryDirectory.emptied(workDirectory);
        List<Integer> ports = FreePort.pick(6);
        try (BenchIssuer issuer = BenchIssuer.start(directory.resolve("identity"));
             EmbeddedPostgres postgres = EmbeddedPostgres.start(directory.resolve("postgres"), ports.get(0));
             EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(directory.resolve("kafka"), ports.get(1),
                     ports.get(2));
             EmbeddedMongo mongo = EmbeddedMongo.start(directory.resolve("mongo"), ports.get(3))) {
            List<String> commandSideOptions = jvmOptions(config, flightRecordings, "command-side");
            List<String> querySideOptions = jvmOptions(config, flightRecordings, "query-side");
            progress.println("starting the command side and the query side ...");
            Map<String, String> postgresEnvironment = Map.of(
                    "TANDEM_POSTGRES_URL", postgres.jdbcUrl(),
                    "TANDEM_POSTGRES_USER", postgres.username(),
                    "TANDEM_POSTGRES_PASSWORD", postgres.password());
            Supplier<String> scraper = issuer.metricsScraper();
            try (AppProcess commandSide = AppProcess.start("command-side", platformJar,
                    "care.tandem.command.CommandSideApplication", ports.get(4), environment(Map.of(
                            "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                            "COMMAND_SIDE_PORT", ports.get(4).toString()), postgresEnvironment, issuer.environment()),
                    commandSideOptions, directory, scraper);
                 // The query side writes its access audit to the same PostgreSQL, in a schema of its own.
                 AppProcess querySide = AppProcess.start("query-side", platformJar,
                         "care.tandem.query.QuerySideApplication", ports.get(5), environment(Map.of(
                                 "MONGODB_URI", mongo.connectionString(),
                                 "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                                 "QUERY_SIDE_PORT", ports.get(5).toString()), postgresEnvironment,
                                 issuer.environment()),
                         querySideOptions, directory, scraper)) {
                List<AppProcess> apps = List.of(commandSide, querySide);
                CommandClient client = new CommandClient(commandSide.url(), issuer.planWriter());
                PlanTraffic traffic = new PlanTraffic(config, Instant.now());

                progress.printf("opening %,d plans ...%n", config.plans());
                long opening = System.nanoTime();
                client.closedLoop(traffic.openings(), config.openConcurrency());
                double openingSeconds = seconds(opening);
                List<PlanTraffic.Command> prerequisites = traffic.preparation();
                progress.printf("opened in %.0f s; %,d commands to prepare the plans' cycles ...%n", openingSeconds,
                        prerequisites.size());
                long preparing = System.nanoTime();
                client.closedLoop(prerequisites, config.openConcurrency());
                double preparationSeconds = seconds(preparing);
                progress.printf("prepared in %.0f s; waiting for the read models%n", preparationSeconds);
                long catchingUp = System.nanoTime();
                boolean caughtUp = catchUp(commandSide, querySide, config.catchUpLimit());
                LoadResults.Preparation preparation = new LoadResults.Preparation(openingSeconds,
                        prerequisites.size(), preparationSeconds, seconds(catchingUp), caughtUp);

                client.openLoad(traffic, config.rates().get(0), config.warmup());
                List<LoadResults.Step> steps = new ArrayList<>();
                int missesInARow = 0;
                for (int rate : config.rates()) {
                    ResourceWindow window = ResourceWindow.open(apps, postgres.dataDirectory());
                    CommandClient.RateResult load = client.openLoad(traffic, rate, config.step());
                    LoadResults.Step step = new LoadResults.Step(load, window.close());
                    steps.add(step);
                    progress.printf(Locale.ROOT, "%5d/s: p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, %d errors%n", rate,
                            load.latency().p50Ms(), load.latency().p99Ms(), load.p999Ms(), load.errorCount());
                    missesInARow = step.meets(config) ? 0 : missesInARow + 1;
                    if (missesInARow == 2) {
                        break;
                    }
                }
                double m1Rate = LoadResults.highestMeeting(steps, config).map(step -> step.load().rate())
                        .orElse((double) config.rates().get(0));

                catchUp(commandSide, querySide, config.catchUpLimit());
                progress.println("B2: raw JDBC ...");
                JdbcBaseline.Result baseline = JdbcBaseline.run(postgres.jdbcUrl(), postgres.username(),
                        postgres.password(), config.connectionPool(), traffic.planIds(), config.baselineWindow());

                progress.printf(Locale.ROOT, "M2: projection lag at %.0f/s ...%n", m1Rate * 0.7);
                LoadResults.Lag lag = projectionLag(client, traffic, commandSide, querySide, m1Rate * 0.7, config);
                return new LoadResults(config, preparation, steps, baseline, lag, loadBefore,
                        MarkdownReport.Machine.loadAverage(),
                        Duration.ofNanos(System.nanoTime() - started));
            }
        }
    }

    /** The app's heap, and a flight recording into {@code <flightRecordings>/<app>.jfr} when asked for. */
    @SafeVarargs
    private static Map<String, String> environment(Map<String, String>... parts) {
        Map<String, String> environment = new HashMap<>();
        for (Map<String, String> part : parts) {
            environment.putAll(part);
        }
        return environment;
    }

    private static List<String> jvmOptions(LoadConfig config, Path flightRecordings, String app) {
        List<String> options = new ArrayList<>(List.of("-Xmx" + config.appHeap()));
        if (flightRecordings != null) {
            options.add("-XX:StartFlightRecording=filename=" + flightRecordings.resolve(app + ".jfr").toAbsolutePath()
                    + ",settings=profile,dumponexit=true");
        }
        return options;
    }

    private static LoadResults.Lag projectionLag(CommandClient client, PlanTraffic traffic, AppProcess commandSide,
                                                 AppProcess querySide, double rate, LoadConfig config) {
        Map<String, TreeMap<Double, Double>> before = PrometheusText.buckets(querySide.prometheus(), PROJECTION_LAG,
                "readModel");
        CommandClient.RateResult load = client.openLoad(traffic, rate, config.lagWindow());
        boolean caughtUp = catchUp(commandSide, querySide, config.catchUpLimit());
        Map<String, TreeMap<Double, Double>> after = PrometheusText.buckets(querySide.prometheus(), PROJECTION_LAG,
                "readModel");
        Map<String, Double> byReadModel = new TreeMap<>();
        after.forEach((readModel, buckets) -> {
            if (!readModel.isEmpty()) {
                double p99 = PrometheusText.percentileBetween(before.get(readModel), buckets, 99);
                if (!Double.isNaN(p99)) {
                    byReadModel.put(readModel, p99 * 1000);
                }
            }
        });
        TreeMap<Double, Double> all = after.get("");
        if (all == null) {
            throw new IllegalStateException("the query side published no " + PROJECTION_LAG + " histogram");
        }
        return new LoadResults.Lag(load, PrometheusText.percentileBetween(before.get(""), all, 50) * 1000,
                PrometheusText.percentileBetween(before.get(""), all, 99) * 1000, byReadModel,
                Math.round(PrometheusText.countBetween(before.get(""), all)), caughtUp);
    }

    /**
     * Waits until every stored event is published and the read models have stopped recording lag for
     * {@value #STEADY_POLLS} polls in a row; false if that took longer than {@code limit}.
     */
    private static boolean catchUp(AppProcess commandSide, AppProcess querySide, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        double lastCount = -1;
        int steady = 0;
        while (System.nanoTime() < deadline) {
            double unpublished = PrometheusText.sum(commandSide.prometheus(), "tandem_kafka_publisher_lag");
            double count = PrometheusText.sum(querySide.prometheus(), PROJECTION_LAG + "_count");
            steady = unpublished == 0 && count == lastCount ? steady + 1 : 0;
            if (steady == STEADY_POLLS) {
                return true;
            }
            lastCount = count;
            AppProcess.pause(POLL);
        }
        return false;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
