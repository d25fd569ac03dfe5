package care.tandem.bench.rebuild;

import care.tandem.bench.LatencyStats;
import care.tandem.bench.MarkdownReport;
import care.tandem.infra.embedded.EmbeddedMongo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The rebuild benchmark's results as Markdown: its own section of BENCHMARKS.md. */
final class RebuildReport {

    /** The targets for M3. */
    static final double TARGET_EVENTS_PER_SECOND = 10_000;
    static final double TARGET_RATIO = 0.3;
    /** M6's target for every dashboard query. */
    static final int TARGET_QUERY_P99_MS = 100;

    private RebuildReport() {
    }

    static String render(RebuildResults results, MarkdownReport.Machine machine, String command, boolean smoke) {
        RebuildConfig config = results.config();
        StringBuilder md = new StringBuilder();
        md.append(RebuildBenchmark.BEGIN).append("\n\n");
        md.append(MarkdownReport.measuredHeading(smoke ? MarkdownReport.SMOKE : null));
        md.append(String.format(Locale.ROOT, "- Feed: %,d events (%,d plans x %d events), %,.1f MB of serialised "
                                        + "events (%,d bytes each on average) on %d partition(s); publishing took %s%n",
                                config.events(), config.plans(), config.eventsPerPlan(), results.feedBytes() / 1e6,
                                results.feedBytes() / config.events(), config.partitions(),
                                MarkdownReport.minutes(results.published().toMillis())));
        md.append("- Reproduce: `").append(command).append("` (from the repository root; run time ")
                .append(MarkdownReport.minutes(results.elapsed().toMillis())).append(" for the benchmark itself)\n");
        md.append("- Machine: ").append(machine.describe())
                .append("; load average (1, 5, 15 min) ").append(results.loadBefore())
                .append(" before the run, ").append(results.loadAfter()).append(" after it\n");
        md.append("- `java -version`: ").append(machine.java()).append("\n\n");

        md.append("##### The whole feed through every read model, against the raw baseline of the same run and store\n\n");
        md.append("| store | pass | events/s | ratio to the store's B4 (mean of its two passes) | time | CPU s per 1,000 events |\n"
                          + "|---|---|---:|---:|---:|---:|\n");
        for (Pass pass : ordered(results)) {
            double baseline = results.baselineOf(pass.store());
            md.append(String.format(Locale.ROOT, "| %s | %s | %,.0f | %.2fx | %s | %.2f |%n", store(pass),
                                    name(results, pass), pass.eventsPerSecond(), pass.eventsPerSecond() / baseline,
                                    MarkdownReport.minutes(pass.elapsed().toMillis()),
                                    pass.cpuSecondsPerThousandEvents()));
        }

        md.append("\n##### Per read model: events/s until it had handled every event (from the query side's start)\n\n");
        md.append("| read model |");
        results.rebuilds().forEach(pass -> md.append(" ").append(store(pass)).append(", ").append(pass.label())
                .append(" |"));
        md.append("\n|---|").append("---:|".repeat(results.rebuilds().size())).append("\n");
        for (Pass.Lane lane : results.rebuilds().get(0).lanes()) {
            md.append("| ").append(lane.name()).append(" |");
            for (Pass pass : results.rebuilds()) {
                Pass.Lane same = pass.lanes().stream().filter(l -> l.name().equals(lane.name())).findFirst()
                        .orElseThrow();
                md.append(String.format(Locale.ROOT, " %,.0f |", same.eventsPerSecond(config.events())));
            }
            md.append("\n");
        }
        for (EmbeddedMongo.Store store : config.stores()) {
            Pass first = results.baselines().stream().filter(pass -> pass.store() == store).findFirst().orElseThrow();
            md.append(String.format(Locale.ROOT, "| B4 lanes on %s, slowest to fastest (its first pass) | %s |%n",
                                    store(first), String.join(", ", first.lanes().stream()
                                            .mapToDouble(lane -> lane.eventsPerSecond(config.events())).sorted()
                                            .mapToObj(rate -> String.format(Locale.ROOT, "%,.0f", rate)).toList())));
        }

        md.append("\n##### What each pass built (every read-model collection, tokens left out)\n\n");
        md.append("| store | pass | collections | documents | MB of BSON | MB on the heap after the pass |\n"
                          + "|---|---|---:|---:|---:|---:|\n");
        for (int i = 0; i < results.rebuilds().size(); i++) {
            ReadModelVolume volume = results.volumes().get(i);
            Pass pass = results.rebuilds().get(i);
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %,d | %,.1f | %,.0f |%n", store(pass),
                                    pass.label(), volume.collections(), volume.documents(), volume.bytes() / 1e6,
                                    results.heldOnHeap().get(i) / 1e6));
        }

        if (!results.queryLatency().isEmpty()) {
            LatencyStats baseline = results.queryLatency().get(QueryLatency.BASELINE);
            md.append(String.format(Locale.ROOT, "%n##### M6: the dashboard's queries on the read models of the first "
                    + "pass (%s), one at a time over HTTP, %d of each, interleaved%n%n",
                    store(results.rebuilds().get(0)), baseline.count()));
            md.append("| query | p50 ms | p99 ms | max ms | p99 / baseline p99 | p99 <= " + TARGET_QUERY_P99_MS
                    + " ms |\n|---|---:|---:|---:|---:|---|\n");
            results.queryLatency().forEach((query, stats) -> md.append(String.format(Locale.ROOT,
                    "| %s | %.1f | %.1f | %.1f | %.1fx | %s |%n", query, stats.p50Ms(), stats.p99Ms(), stats.maxMs(),
                    stats.p99Ms() / baseline.p99Ms(), stats.p99Ms() <= TARGET_QUERY_P99_MS ? "yes" : "no")));
        }

        md.append(String.format(Locale.ROOT, "%n##### Against the target (>= %,.0f events/s and >= %.1fx B4)%n%n",
                                TARGET_EVENTS_PER_SECOND, TARGET_RATIO));
        for (EmbeddedMongo.Store store : config.stores()) {
            Pass best = results.rebuilds().stream().filter(pass -> pass.store() == store)
                    .max(Comparator.comparingDouble(Pass::eventsPerSecond)).orElseThrow();
            double ratio = best.eventsPerSecond() / results.baselineOf(store);
            md.append(String.format(Locale.ROOT, "- %s, %s: %,.0f events/s (%s), %.2fx B4 (%s).%n", store(best),
                                    best.label(), best.eventsPerSecond(),
                                    best.eventsPerSecond() >= TARGET_EVENTS_PER_SECOND ? "met" : "missed", ratio,
                                    ratio >= TARGET_RATIO ? "met" : "missed"));
        }
        md.append("\n").append(RebuildBenchmark.END).append("\n");
        return md.toString();
    }

    /** Per store, in the order they ran: its first rebuild, its first baseline, its other rebuilds, its last baseline. */
    private static List<Pass> ordered(RebuildResults results) {
        List<Pass> order = new ArrayList<>();
        for (EmbeddedMongo.Store store : results.config().stores()) {
            List<Pass> rebuilds = results.rebuilds().stream().filter(pass -> pass.store() == store).toList();
            List<Pass> baselines = results.baselines().stream().filter(pass -> pass.store() == store).toList();
            order.add(rebuilds.get(0));
            order.add(baselines.get(0));
            order.addAll(rebuilds.subList(1, rebuilds.size()));
            order.addAll(baselines.subList(1, baselines.size()));
        }
        return order;
    }

    private static String store(Pass pass) {
        return pass.store().name().toLowerCase(Locale.ROOT);
    }

    private static String name(RebuildResults results, Pass pass) {
        List<Pass> baselines = results.baselines().stream().filter(other -> other.store() == pass.store()).toList();
        int baseline = baselines.indexOf(pass);
        return baseline >= 0 ? "B4: " + pass.label() + " (pass " + (baseline + 1) + ")" : "M3: " + pass.label();
    }
}
