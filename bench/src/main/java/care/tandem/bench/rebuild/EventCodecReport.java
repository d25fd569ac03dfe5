package care.tandem.bench.rebuild;

import care.tandem.bench.MarkdownReport;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs {@link EventCodecBenchmark} with JMH and writes its block into BENCHMARKS.md: each operation next to its
 * baseline from the same run, and their ratio.
 * <pre>
 * java -cp bench/target/classes:&lt;the bench module's classpath&gt; care.tandem.bench.rebuild.EventCodecReport \
 *      [--report BENCHMARKS.md] [--command "bench/jmh.sh"] [--java-version "..."] [--quick]
 * </pre>
 * JMH forks JVMs with this JVM's class path, so it must run from a plain class path, not from the exec jar.
 */
public final class EventCodecReport {

    public static final String BEGIN = "<!-- BEGIN codec (written by bench/jmh.sh; edits in here are overwritten) -->";
    public static final String END = "<!-- END codec -->";

    private EventCodecReport() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        Path report = null;
        String command = "bench/jmh.sh";
        String javaVersion = null;
        boolean quick = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--report" -> report = Path.of(args[++i]);
                case "--command" -> command = args[++i];
                case "--java-version" -> javaVersion = args[++i];
                case "--quick" -> quick = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        OptionsBuilder options = new OptionsBuilder();
        options.include(EventCodecBenchmark.class.getName());
        if (quick) {
            options.forks(1).warmupIterations(1).measurementIterations(2);
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Result<?>> byOperation = new TreeMap<>();
        results.forEach(run -> byOperation.put(run.getParams().getBenchmark()
                .substring(EventCodecBenchmark.class.getName().length() + 1), run.getPrimaryResult()));
        String block = render(byOperation, MarkdownReport.Machine.current(javaVersion), command, quick);
        System.out.println(block);
        if (report != null) {
            MarkdownReport.replaceBlock(report, block, BEGIN, END);
        }
    }

    static String render(Map<String, Result<?>> byOperation, MarkdownReport.Machine machine, String command,
                         boolean quick) {
        StringBuilder md = new StringBuilder(BEGIN).append("\n\n");
        md.append(MarkdownReport.measuredHeading(quick ? "quick: one fork, two iterations" : null));
        md.append("- Reproduce: `").append(command).append("` (from the repository root)\n");
        md.append("- Machine: ").append(machine.describe()).append("; `java -version`: ").append(machine.java())
                .append("\n\n");
        md.append("| per event | microseconds (99.9% CI) | baseline, same payloads | baseline microseconds | ratio |\n");
        md.append("|---|---:|---|---:|---:|\n");
        row(md, "decode a Kafka record as each read-model processor does", byOperation.get("decodeRecord"),
                "Jackson reads the payload", byOperation.get("baselineReadPayload"));
        row(md, "encode an event as the Kafka publisher does", byOperation.get("encodeRecord"),
                "Jackson writes the payload", byOperation.get("baselineWritePayload"));
        md.append("\n").append(END).append("\n");
        return md.toString();
    }

    private static void row(StringBuilder md, String operation, Result<?> measured, String baselineName,
                            Result<?> baseline) {
        if (measured == null || baseline == null) {
            throw new IllegalStateException("JMH produced no score for \"" + operation + "\" or its baseline: see "
                    + "the failures it printed above");
        }
        md.append(String.format(Locale.ROOT, "| %s | %.2f ± %.2f | %s | %.2f ± %.2f | %.1fx |%n", operation,
                measured.getScore(), measured.getScoreError(), baselineName, baseline.getScore(),
                baseline.getScoreError(), measured.getScore() / baseline.getScore()));
    }
}
