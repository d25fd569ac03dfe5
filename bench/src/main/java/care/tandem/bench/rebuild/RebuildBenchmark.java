package care.tandem.bench.rebuild;

import care.tandem.bench.BenchIssuer;
import care.tandem.bench.LatencyStats;
import care.tandem.bench.MarkdownReport;
import care.tandem.bench.SnapshotBenchmark;
import care.tandem.bench.TemporaryDirectory;
import care.tandem.infra.embedded.EmbeddedKafkaBroker;
import care.tandem.infra.embedded.EmbeddedMongo;
import care.tandem.infra.embedded.EmbeddedPostgres;
import care.tandem.infra.embedded.FreePort;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * M3 and B4 of the benchmarks issue: rebuilding every read model from the events stored on the Kafka feed, against a
 * raw Kafka read plus raw MongoDB upserts of the same volume, in the same run on the same servers. See BENCHMARKS.md.
 *
 * <pre>
 * java -cp bench/target/bench-0.1.0-SNAPSHOT-exec.jar -Dloader.main=care.tandem.bench.rebuild.RebuildBenchmark \
 *      org.springframework.boot.loader.launch.PropertiesLauncher [--smoke] [--events 1000000] [--partitions 1]
 *      [--batch-sizes 1,100,1000] [--stores memory,h2] [--query-samples 300]
 *      [--report BENCHMARKS.md] [--command "bench/rebuild.sh"] [--java-version "..."]
 * </pre>
 *
 * Everything runs in this JVM: the platform's embedded Kafka broker (KRaft), its MongoDB wire server on each store
 * measured (by default the platform's, in memory), the query side as its launcher starts it, and the baseline's
 * clients.
 */
public final class RebuildBenchmark {

    public static final String BEGIN = "<!-- BEGIN rebuild (written by bench/rebuild.sh; edits in here are overwritten) -->";
    public static final String END = "<!-- END rebuild -->";

    private RebuildBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        SnapshotBenchmark.quietLogging();
        boolean smoke = false;
        Long events = null;
        List<Integer> batchSizes = RebuildConfig.BATCH_SIZES;
        Integer partitions = null;
        List<EmbeddedMongo.Store> stores = null;
        Integer querySamples = null;
        Path report = null;
        String command = null;
        String javaVersion = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> smoke = true;
                case "--events" -> events = Long.parseLong(args[++i]);
                case "--batch-sizes" -> batchSizes = Arrays.stream(args[++i].split(","))
                        .map(String::trim).map(Integer::parseInt).toList();
                case "--partitions" -> partitions = Integer.parseInt(args[++i]);
                case "--query-samples" -> querySamples = Integer.parseInt(args[++i]);
                case "--stores" -> stores = Arrays.stream(args[++i].split(",")).map(EmbeddedMongo.Store::named)
                        .toList();
                case "--report" -> report = Path.of(args[++i]);
                case "--command" -> command = args[++i];
                case "--java-version" -> javaVersion = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        RebuildConfig config = events != null ? RebuildConfig.ofEvents(events, batchSizes)
                : smoke ? RebuildConfig.smoke() : RebuildConfig.ofEvents(RebuildConfig.full().events(), batchSizes);
        if (partitions != null) {
            config = config.withPartitions(partitions);
        }
        if (stores != null) {
            config = config.withStores(stores);
        }
        if (querySamples != null) {
            config = config.withQuerySamples(querySamples);
        }
        if (command == null) {
            command = "bench/rebuild.sh" + (smoke ? " --smoke" : "") + (events != null ? " --events " + events : "")
                    + (partitions != null ? " --partitions " + partitions : "");
        }
        RebuildResults results;
        try {
            results = run(config, System.err);
        } catch (RuntimeException e) {
            e.printStackTrace();
            // Axon's non-daemon threads of a failed start would keep the JVM alive.
            System.exit(1);
            return;
        }
        String block = RebuildReport.render(results, MarkdownReport.Machine.current(javaVersion), command, smoke);
        System.out.println(block);
        if (report != null) {
            MarkdownReport.replaceBlock(report, block, BEGIN, END);
            System.err.println("results written into " + report.getFileName());
        }
        // Daemon threads of the closed clients must not keep the JVM alive.
        System.exit(0);
    }

    /** Fills a fresh topic, then measures each store in turn; progress lines go to {@code progress}. */
    public static RebuildResults run(RebuildConfig config, PrintStream progress) {
        String loadBefore = MarkdownReport.Machine.loadAverage();
        long started = System.nanoTime();
        Path directory = TemporaryDirectory.create("tandem-bench-rebuild-");
        List<Integer> ports = FreePort.pick(3);
        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(directory.resolve("kafka"), ports.get(0),
                                                                   ports.get(1));
             // The query side records the operations endpoint's reads in its access audit, in PostgreSQL.
             EmbeddedPostgres accessAudit = EmbeddedPostgres.start(directory.resolve("postgres"), ports.get(2));
             BenchIssuer issuer = BenchIssuer.start(directory.resolve("identity"))) {
            progress.printf("publishing %,d events of %,d plans ...%n", config.events(), config.plans());
            long publishing = System.nanoTime();
            long feedBytes = EventFeed.publish(kafka.bootstrapServers(), config.partitions(), config.plans(), config.eventsPerPlan(),
                                               config.seed());
            Duration published = Duration.ofNanos(System.nanoTime() - publishing);

            Passes passes = new Passes(config, kafka, new ReadModelCatchUp(issuer, accessAudit), issuer, progress);
            for (EmbeddedMongo.Store store : config.stores()) {
                passes.measure(store, directory.resolve("mongo-" + store));
            }
            return new RebuildResults(config, feedBytes, published, passes.rebuilds, passes.volumes,
                                      passes.heldOnHeap, passes.queryLatency, passes.baselines, loadBefore,
                                      MarkdownReport.Machine.loadAverage(),
                                      Duration.ofNanos(System.nanoTime() - started));
        } finally {
            TemporaryDirectory.deleteRecursively(directory);
        }
    }

    /** What the run has measured so far, and what a store's passes need. */
    private static final class Passes {

        private final RebuildConfig config;
        private final EmbeddedKafkaBroker kafka;
        private final ReadModelCatchUp catchUp;
        private final BenchIssuer issuer;
        private final PrintStream progress;
        private final List<Pass> rebuilds = new ArrayList<>();
        private final List<ReadModelVolume> volumes = new ArrayList<>();
        private final List<Long> heldOnHeap = new ArrayList<>();
        private final Map<String, LatencyStats> queryLatency = new LinkedHashMap<>();
        private final List<Pass> baselines = new ArrayList<>();

        Passes(RebuildConfig config, EmbeddedKafkaBroker kafka, ReadModelCatchUp catchUp, BenchIssuer issuer,
               PrintStream progress) {
            this.config = config;
            this.kafka = kafka;
            this.catchUp = catchUp;
            this.issuer = issuer;
            this.progress = progress;
        }

        /**
         * On a server of its own: a rebuild per batch size, each on an empty database, with B4 right after the first
         * and again after the last.
         */
        void measure(EmbeddedMongo.Store store, Path directory) {
            try (EmbeddedMongo server = EmbeddedMongo.start(store, directory, FreePort.pick());
                 MongoClient mongo = MongoClients.create(server.connectionString())) {
                long heapWithoutReadModels = HeapInUse.afterFullGc();
                List<Integer> batchSizes = config.batchSizes();
                Pass first = rebuild(store, server, mongo, batchSizes.get(0), heapWithoutReadModels);
                ReadModelVolume firstVolume = volumes.get(volumes.size() - 1);
                baselines.add(baseline(store, mongo, first, firstVolume));
                for (int batchSize : batchSizes.subList(1, batchSizes.size())) {
                    rebuild(store, server, mongo, batchSize, heapWithoutReadModels);
                }
                baselines.add(baseline(store, mongo, first, firstVolume));
            }
        }

        /** M3, and on the run's first pass M6 before its query side stops. */
        private Pass rebuild(EmbeddedMongo.Store store, EmbeddedMongo server, MongoClient mongo, int batchSize,
                             long heapWithoutReadModels) {
            String database = "rebuild_" + rebuilds.size();
            boolean firstOfRun = rebuilds.isEmpty();
            progress.printf("M3 on %s: the query side builds every read model, batch size %d ...%n", store, batchSize);
            Pass rebuild = catchUp.run(store, kafka.bootstrapServers(), server.connectionString(), database, batchSize,
                                       config.events(), config.passTimeout(), baseUrl -> {
                if (firstOfRun) {
                    progress.printf("M6: the dashboard's queries on %s ...%n", store);
                    queryLatency.putAll(new QueryLatency(issuer.planWriter(), issuer.complianceOfficer(), config.seed())
                            .measure(baseUrl, mongo, database, config.plans(),
                                     Math.min(config.plans(), PlanHistory.CLINICIANS), config.querySamples()));
                }
            });
            rebuilds.add(rebuild);
            volumes.add(ReadModelVolume.of(mongo, database));
            heldOnHeap.add(HeapInUse.afterFullGc() - heapWithoutReadModels);
            progress.printf("  %,.0f events/s%n", rebuild.eventsPerSecond());
            mongo.getDatabase(database).drop();
            return rebuild;
        }

        private Pass baseline(EmbeddedMongo.Store store, MongoClient mongo, Pass rebuild, ReadModelVolume volume) {
            int lanes = rebuild.lanes().size();
            progress.printf("B4 on %s: raw Kafka read + Mongo upserts, %d lanes ...%n", store, lanes);
            String database = "baseline";
            Pass baseline = RawBaseline.run(store, kafka.bootstrapServers(), mongo, database, lanes,
                                            config.eventsPerPlan(), volume.bytes() / lanes / config.plans(),
                                            config.events());
            mongo.getDatabase(database).drop();
            progress.printf("  %,.0f events/s%n", baseline.eventsPerSecond());
            return baseline;
        }
    }
}
