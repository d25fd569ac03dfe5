package care.tandem.bench.rebuild;

import care.tandem.bench.MarkdownReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The rebuild benchmark's results as Markdown: its own section of BENCHMARKS.md. */
final class RebuildReport {

    /** The targets for M3. */
    static final double TARGET_EVENTS_PER_SECOND = 10_000;
    static final double TARGET_RATIO = 0.3;

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

        md.append("##### The whole feed through every read model, against the raw baseline of the same run\n\n");
        md.append("| pass | events/s | ratio to B4 (mean of its two passes) | time | CPU s per 1,000 events |\n"
                          + "|---|---:|---:|---:|---:|\n");
        double baseline = results.baselines().stream().mapToDouble(Pass::eventsPerSecond).average().orElseThrow();
        List<Pass> order = ordered(results);
        for (Pass pass : order) {
            md.append(String.format(Locale.ROOT, "| %s | %,.0f | %.2fx | %s | %.2f |%n", name(results, pass),
                                    pass.eventsPerSecond(), pass.eventsPerSecond() / baseline,
                                    MarkdownReport.minutes(pass.elapsed().toMillis()),
                                    pass.cpuSecondsPerThousandEvents()));
        }

        md.append("\n##### Per read model: events/s until it had handled every event (from the query side's start)\n\n");
        md.append("| read model |");
        results.rebuilds().forEach(pass -> md.append(" ").append(pass.label()).append(" |"));
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
        md.append(String.format(Locale.ROOT, "| B4 lanes, slowest to fastest (first baseline pass) | %s |%n",
                                String.join(", ", results.baselines().get(0).lanes().stream()
                                        .mapToDouble(lane -> lane.eventsPerSecond(config.events())).sorted()
                                        .mapToObj(rate -> String.format(Locale.ROOT, "%,.0f", rate)).toList())));

        md.append("\n##### What each pass built (every read-model collection, tokens left out)\n\n");
        md.append("| pass | collections | documents | MB of BSON |\n|---|---:|---:|---:|\n");
        for (int i = 0; i < results.rebuilds().size(); i++) {
            ReadModelVolume volume = results.volumes().get(i);
            md.append(String.format(Locale.ROOT, "| %s | %d | %,d | %,.1f |%n", results.rebuilds().get(i).label(),
                                    volume.collections(), volume.documents(), volume.bytes() / 1e6));
        }

        Pass best = results.rebuilds().stream().max((a, b) -> Double.compare(a.eventsPerSecond(),
                                                                             b.eventsPerSecond())).orElseThrow();
        md.append(String.format(Locale.ROOT, "%n##### Against the target (>= %,.0f events/s and >= %.1fx B4)%n%n",
                                TARGET_EVENTS_PER_SECOND, TARGET_RATIO));
        md.append(String.format(Locale.ROOT, "%s: %,.0f events/s (%s), %.2fx B4 (%s).%n", best.label(),
                                best.eventsPerSecond(),
                                best.eventsPerSecond() >= TARGET_EVENTS_PER_SECOND ? "met" : "missed",
                                best.eventsPerSecond() / baseline,
                                best.eventsPerSecond() / baseline >= TARGET_RATIO ? "met" : "missed"));
        md.append("\n").append(RebuildBenchmark.END).append("\n");
        return md.toString();
    }

    /** In the order they ran: the first rebuild, the first baseline, the other rebuilds, the last baseline. */
    private static List<Pass> ordered(RebuildResults results) {
        List<Pass> rebuilds = results.rebuilds();
        List<Pass> baselines = results.baselines();
        List<Pass> order = new ArrayList<>();
        order.add(rebuilds.get(0));
        order.add(baselines.get(0));
        order.addAll(rebuilds.subList(1, rebuilds.size()));
        order.addAll(baselines.subList(1, baselines.size()));
        return order;
    }

    private static String name(RebuildResults results, Pass pass) {
        int baseline = results.baselines().indexOf(pass);
        return baseline >= 0 ? "B4: " + pass.label() + " (pass " + (baseline + 1) + ")" : "M3: " + pass.label();
    }
}
