package care.tandem.bench.load;

import care.tandem.bench.LatencyStats;
import care.tandem.bench.MarkdownReport;
import care.tandem.bench.load.CommandClient.RateResult;
import care.tandem.bench.load.ResourceWindow.AppUsage;
import care.tandem.bench.load.ResourceWindow.Usage;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The load run as the Markdown block between {@link LoadBenchmark#BEGIN} and {@link LoadBenchmark#END}. */
final class LoadReport {

    private static final double MIB = 1024 * 1024;

    private LoadReport() {
    }

    static String render(LoadResults results, MarkdownReport.Machine machine, String command, boolean smoke) {
        LoadConfig config = results.config();
        StringBuilder md = new StringBuilder(LoadBenchmark.BEGIN).append("\n\n");
        md.append(MarkdownReport.measuredHeading(smoke ? MarkdownReport.SMOKE : null));
        md.append(MarkdownReport.runLines(command, results.elapsed(), machine, results.loadBefore(),
                results.loadAfter()));
        LoadResults.Preparation preparation = results.preparation();
        md.append(String.format(Locale.ROOT, "- %,d couples' plans opened through the command API in %.0f s (%d in "
                        + "flight), %,d prerequisites sent in %.0f s; %d clinicians; each rate held %d s after a %d s "
                        + "warm-up; apps at -Xmx%s%n",
                config.plans(), preparation.openingSeconds(), config.openConcurrency(),
                preparation.preparationCommands(), preparation.preparationSeconds(), config.clinicians(),
                config.step().toSeconds(), config.warmup().toSeconds(), config.appHeap()));
        md.append(String.format(Locale.ROOT, "- Every read model %s the events of that preparation %.0f s after its "
                        + "last command%n%n", preparation.caughtUp() ? "had handled" : "had NOT yet handled",
                preparation.catchUpSeconds()));

        Optional<LoadResults.Step> m1 = results.m1();
        JdbcBaseline.Result b2 = results.baseline();
        md.append("##### Headline\n\n| figure | value | target |\n|---|---|---|\n");
        if (m1.isPresent()) {
            RateResult load = m1.get().load();
            md.append(String.format(Locale.ROOT, "| M1: highest rate with p99 <= %.0f ms | **%.0f commands/s** "
                            + "(achieved %.0f/s; p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms; %d errors) | >= 1,000/s |%n",
                    config.p99GoalMs(), load.rate(), load.achieved(), load.latency().p50Ms(),
                    load.latency().p99Ms(), load.p999Ms(), load.errorCount()));
            md.append(String.format(Locale.ROOT, "| B2: raw JDBC, the same round trips, %d connections "
                            + "| %.0f transactions/s (p50 %.1f ms, p99 %.1f ms) | |%n", b2.concurrency(),
                    b2.throughput(), b2.latency().p50Ms(), b2.latency().p99Ms()));
            md.append(String.format(Locale.ROOT, "| **M1 / B2** | **%.2fx** | >= 0.35x |%n",
                    load.rate() / b2.throughput()));
        } else {
            md.append(String.format(Locale.ROOT, "| M1 | no rate met p99 <= %.0f ms | >= 1,000/s |%n"
                            + "| B2: raw JDBC, %d connections | %.0f transactions/s | |%n"
                            + "| **M1 / B2** | none: no rate met the goal | >= 0.35x |%n", config.p99GoalMs(),
                    b2.concurrency(), b2.throughput()));
        }
        LoadResults.Lag lag = results.lag();
        md.append(String.format(Locale.ROOT, "| M2: projection lag p99 at %.0f commands/s (70%% of M1) | %s "
                        + "(p50 %s; %,d samples over every read model%s) | < 250 ms |%n", lag.load().rate(),
                ms(lag.p99Ms()), ms(lag.p50Ms()), lag.recorded(),
                lag.caughtUp() ? "" : "; NOT caught up within the limit, so the slowest are missing"));
        // Without an M1, the lowest rate stands in, so that memory and CPU are reported in every run.
        LoadResults.Step loaded = m1.orElse(results.steps().get(0));
        for (AppUsage app : loaded.usage().apps()) {
            md.append(String.format(Locale.ROOT, "| M4: %s resident memory (peak / mean) and GC pause p99 at "
                            + "%.0f/s | %.0f / %.0f MiB; GC p99 %.1f ms (%d pauses, max %.1f ms) | <= 512 MiB |%n",
                    app.name(), loaded.load().rate(), app.peakResidentBytes() / MIB, app.meanResidentBytes() / MIB,
                    app.gcPauseP99Ms(), app.gcPauses(), app.gcPauseMaxMs()));
        }
        md.append(String.format(Locale.ROOT, "| CPU seconds per 1,000 commands at %.0f/s | %s | |%n",
                loaded.load().rate(), cpuBreakdown(loaded)));

        md.append("\n##### Every rate (latency from each command's scheduled send time: no coordinated omission)\n\n");
        md.append("| offered/s | achieved/s | p50 ms | p99 ms | p99.9 ms | max ms | errors | CPU s per 1,000 "
                + "(command / query / PostgreSQL / bench JVM) | RSS peak MiB (command / query) "
                + "| GC p99 ms (command / query) |\n|---:|---:|---:|---:|---:|---:|---:|---|---|---|\n");
        for (LoadResults.Step step : results.steps()) {
            RateResult load = step.load();
            LatencyStats latency = load.latency();
            Usage usage = step.usage();
            md.append(String.format(Locale.ROOT, "| %.0f%s | %.0f | %.1f | %.1f | %.1f | %.1f | %d | %s | %s | %s |%n",
                    load.rate(), step.meets(config) ? "" : " (missed)", load.achieved(), latency.p50Ms(),
                    latency.p99Ms(), load.p999Ms(), latency.maxMs(), load.errorCount(),
                    usage.apps().stream().map(app -> fixed(step.cpuPerThousand(app.cpuSeconds())))
                            .collect(Collectors.joining(" / ")) + " / " + fixed(step.cpuPerThousand(
                            usage.postgresCpuSeconds())) + " / " + fixed(step.cpuPerThousand(usage.benchCpuSeconds())),
                    usage.apps().stream().map(app -> String.format(Locale.ROOT, "%.0f", app.peakResidentBytes() / MIB))
                            .collect(Collectors.joining(" / ")),
                    usage.apps().stream().map(app -> String.format(Locale.ROOT, "%.1f", app.gcPauseP99Ms()))
                            .collect(Collectors.joining(" / "))));
        }

        md.append("\n##### M2: projection lag p99 per read model (ms, bucket upper bound)\n\n");
        md.append(lag.p99MsByReadModel().entrySet().stream()
                .map(entry -> entry.getKey() + " " + ms(entry.getValue()))
                .collect(Collectors.joining(", ", "", ".\n")));

        md.append(String.format(Locale.ROOT, "%n##### Commands sent at %.0f/s%n%n", loaded.load().rate()))
                .append(loaded.load().sent().entrySet().stream()
                        .map(entry -> String.format(Locale.ROOT, "%s %,d", entry.getKey(), entry.getValue()))
                        .collect(Collectors.joining(", ", "", ".\n")));
        String errors = results.steps().stream().flatMap(step -> step.load().errors().entrySet().stream()
                        .map(entry -> String.format(Locale.ROOT, "%.0f/s: %s x%d", step.load().rate(), entry.getKey(),
                                entry.getValue())))
                .collect(Collectors.joining("; "));
        if (!errors.isEmpty()) {
            md.append("\n##### Errors\n\n").append(errors).append(".\n");
        }
        md.append("\n").append(LoadBenchmark.END).append("\n");
        return md.toString();
    }

    private static String cpuBreakdown(LoadResults.Step step) {
        Usage usage = step.usage();
        return usage.apps().stream().map(app -> app.name() + " " + fixed(step.cpuPerThousand(app.cpuSeconds())))
                .collect(Collectors.joining(", ")) + ", PostgreSQL " + fixed(step.cpuPerThousand(
                usage.postgresCpuSeconds())) + ", bench JVM (load generator, Kafka broker, Mongo wire server) "
                + fixed(step.cpuPerThousand(usage.benchCpuSeconds())) + "; all "
                + fixed(step.cpuPerThousand(usage.totalCpuSeconds()));
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String ms(double value) {
        return Double.isInfinite(value) ? "over the largest bucket" : String.format(Locale.ROOT, "%.0f ms", value);
    }
}
