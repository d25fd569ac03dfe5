package care.tandem.bench.scaleout;

import care.tandem.bench.MarkdownReport;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The scale-out run as the Markdown block between {@link ScaleOutBenchmark#BEGIN} and {@link ScaleOutBenchmark#END}. */
final class ScaleOutReport {

    private ScaleOutReport() {
    }

    static String render(ScaleOutResults results, MarkdownReport.Machine machine, String command) {
        ScaleOutConfig config = results.config();
        StringBuilder md = new StringBuilder(ScaleOutBenchmark.BEGIN).append("\n\n");
        md.append(MarkdownReport.measuredHeading(config.smokeSize() ? MarkdownReport.SMOKE : null));
        md.append(MarkdownReport.runLines(command, results.elapsed(), machine, results.loadBefore(),
                results.loadAfter()));
        md.append(String.format(Locale.ROOT, "- Every process on this one machine: three Kafka nodes (-Xmx%s each; "
                        + "topic replication factor 3, 2 in sync for a write), up to two command-side and two "
                        + "query-side instances (-Xmx%s each), PostgreSQL, the Mongo wire server (in memory) and %d "
                        + "clinicians sending commands as fast as they are answered, each plan's commands routed to "
                        + "one command instance by plan id%n%n",
                config.kafkaHeap(), config.appHeap(), config.clinicians()));

        md.append("##### Throughput\n\n| phase | command / query instances | acknowledged commands/s | p50 ms "
                + "| p99 ms | failed | vs one instance |\n|---|---|---:|---:|---:|---:|---:|\n");
        double single = results.phases().get(0).acknowledgedPerSecond();
        for (RoutedLoad.Phase phase : results.phases()) {
            md.append(String.format(Locale.ROOT, "| %s | %d / %d | %.0f | %.1f | %.1f | %d | %.2fx |%n", phase.name(),
                    phase.commandInstances(), phase.queryInstances(), phase.acknowledgedPerSecond(),
                    phase.latency().p50Ms(), phase.latency().p99Ms(), phase.failed(),
                    phase.acknowledgedPerSecond() / single));
        }

        md.append("\n##### The kills (kill -9, under load)\n\n| at | what | process |\n|---:|---|---|\n");
        for (ScaleOutResults.Kill kill : results.kills()) {
            md.append(String.format(Locale.ROOT, "| %.0f s | %s | %s |%n", kill.atSecond(), kill.what(),
                    kill.process()));
        }
        long killedQuerySide = results.kills().stream().filter(kill -> kill.process().startsWith("query-side"))
                .mapToLong(ScaleOutResults.Kill::pid).findFirst().orElse(0);

        md.append("\n##### What survived\n\n| check | result |\n|---|---|\n");
        md.append(String.format(Locale.ROOT, "| acknowledged commands (2xx) over the whole run | %,d |%n",
                results.acknowledged()));
        md.append(String.format(Locale.ROOT, "| of which missing from the event store | **%d** |%n", results.lost()));
        md.append(String.format(Locale.ROOT, "| of which in the event store more than once | **%d** |%n",
                results.duplicated()));
        md.append(String.format(Locale.ROOT, "| events in the store / plans | %,d / %,d |%n", results.events(),
                results.plans()));
        md.append(String.format(Locale.ROOT, "| every read model caught up with the feed, after the load stopped "
                + "| %s |%n", seconds(results.caughtUpSeconds())));
        md.append(String.format(Locale.ROOT, "| **converged**: every plan's schedule and every clinician's calendar "
                        + "on the surviving query instance equal to the event store's fold, each session once | %s |%n",
                results.converged() ? "**yes, " + seconds(results.convergedSeconds()) + " after the load stopped**"
                        : "**NO**: " + String.join("; ", results.differences())));
        md.append(String.format(Locale.ROOT, "| read-model segments the killed query instance held, taken over by "
                        + "the survivor | %d of %d (before the kills: %s) |%n",
                results.segmentsTakenOver(killedQuerySide), results.segmentsAfter().size(),
                holders(results.segmentsBefore())));
        md.append(String.format(Locale.ROOT, "| every read-model segment and the Kafka publisher held by the "
                        + "surviving instances afterwards | %s |%n",
                results.survivorsHoldEverySegment() ? "yes" : "**NO**: read models " + holders(results
                        .segmentsAfter()) + ", publisher " + holders(results.publisherAfter())));
        md.append("\n").append(ScaleOutBenchmark.END).append("\n");
        return md.toString();
    }

    private static String seconds(Double value) {
        return value == null ? "not within the limit" : String.format(Locale.ROOT, "%.1f s", value);
    }

    /** {@code 9 segments held by process 4711} style summary, by holder. */
    private static String holders(Map<String, Long> segments) {
        Map<Long, Long> byHolder = new TreeMap<>();
        segments.values().forEach(pid -> byHolder.merge(pid, 1L, Long::sum));
        List<String> parts = byHolder.entrySet().stream().map(entry -> entry.getValue() + " by "
                + (entry.getKey() == 0 ? "no one" : "process " + entry.getKey())).toList();
        return String.join(", ", parts);
    }
}
