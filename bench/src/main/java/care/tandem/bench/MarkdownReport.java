package care.tandem.bench;

import care.tandem.bench.BenchResults.CellResult;
import care.tandem.bench.BenchResults.ThresholdResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/** The results as Markdown, and their place in BENCHMARKS.md (between two marker comments, replaced on every run). */
public final class MarkdownReport {

    public static final String BEGIN = begin(BenchConfig.History.GOALS);
    public static final String END = end(BenchConfig.History.GOALS);

    /** The project's target: a plan with 10,000 events, with snapshots, within this factor of a fresh plan's p99. */
    public static final double TARGET_RATIO = 1.5;

    private MarkdownReport() {
    }

    /** Each history shape has its own block in BENCHMARKS.md. */
    public static String begin(BenchConfig.History history) {
        return "<!-- bench:" + marker(history) + ":begin (written by bench/run.sh; edits in here are overwritten) -->";
    }

    public static String end(BenchConfig.History history) {
        return "<!-- bench:" + marker(history) + ":end -->";
    }

    private static String marker(BenchConfig.History history) {
        return history == BenchConfig.History.GOALS ? "results" : "sessions";
    }

    /** Said of a run at a size that proves only that the whole path works. */
    public static final String SMOKE = "SMOKE size: not a measurement";

    /** "#### Measured 2026-11-23 02:36 UTC", now, with the remark in brackets when there is one. */
    public static String measuredHeading(String remark) {
        return "#### Measured " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern(
                "yyyy-MM-dd HH:mm 'UTC'")) + (remark != null ? " (" + remark + ")" : "") + "\n\n";
    }

    /** The lines every run report opens with: how to reproduce it, on what machine, and how busy the machine was. */
    public static String runLines(String command, Duration elapsed, Machine machine, String loadBefore,
                                  String loadAfter) {
        return String.format(Locale.ROOT, "- Reproduce: `%s` (from the repository root; %d s for the benchmark "
                        + "itself)%n- Machine: %s; `java -version`: %s%n- Load average (1, 5, 15 min) before: %s; "
                        + "after: %s%n", command, elapsed.toSeconds(), machine.describe(), machine.java(), loadBefore,
                loadAfter);
    }

    /** Where and on what the numbers were measured. No file system paths. */
    public record Machine(int cores, String cpu, String os, String java) {

        /** "2 cores (AMD EPYC), Linux 6.18 amd64". */
        public String describe() {
            return cores + " cores (" + cpu + "), " + os;
        }

        /** "0.52 0.58 0.59": the 1, 5 and 15 minute load averages, or "unknown" off Linux. */
        public static String loadAverage() {
            try {
                String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
                return fields[0] + " " + fields[1] + " " + fields[2];
            } catch (IOException | RuntimeException e) {
                return "unknown";
            }
        }

        public static Machine current(String javaVersion) {
            String cpu = "unknown CPU";
            try {
                cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                        .filter(line -> line.startsWith("model name"))
                        .map(line -> line.substring(line.indexOf(':') + 1).trim())
                        .findFirst().orElse(cpu);
            } catch (IOException | RuntimeException e) {
                // not Linux: the core count and the JVM still say enough
            }
            String java = javaVersion != null && !javaVersion.isBlank() ? javaVersion
                    : System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
            return new Machine(Runtime.getRuntime().availableProcessors(), cpu,
                    System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                            + System.getProperty("os.arch"), java);
        }
    }

    public static String render(BenchResults results, Machine machine, String command, boolean smoke) {
        BenchConfig config = results.config();
        List<Integer> sizes = config.historySizes();
        StringBuilder md = new StringBuilder();
        md.append(begin(config.history())).append("\n\n");
        md.append(measuredHeading(smoke ? SMOKE : null));
        md.append("- History: ").append(config.history() == BenchConfig.History.GOALS
                ? "a goal set, then revised (the plan's state stays small however long the history)"
                : "sessions scheduled and cancelled in turn (every pair leaves a session in the plan's state)")
                .append("; measured command: ScheduleSession (INDIVIDUAL) through the CommandGateway\n");
        md.append("- Reproduce: `").append(command).append("` (from the repository root; run time ")
                .append(minutes(results.elapsed().toMillis())).append(" for the benchmark itself)\n");
        md.append("- Machine: ").append(machine.describe()).append("\n");
        md.append("- `java -version`: ").append(machine.java()).append("\n");
        md.append("- Per threshold: ").append(config.baselineSamples()).append(" commands on fresh plans and up to ")
                .append(config.samplesPerCell()).append(" per history size (fewer where a command replays a long "
                        + "history: see Samples), interleaved in random order; ")
                .append(config.snapshotWriteSamples()).append(" commands placed to write a snapshot per size that "
                        + "reaches the threshold; ").append(config.warmupCommands()).append(" warm-up commands first.\n\n");

        md.append("##### p99 of one command, as a ratio to the fresh plan's p99 (same threshold, same run)\n\n");
        ratioTable(md, results, sizes, LatencyStats::p99Ms);
        md.append("\n##### p50 of one command, as a ratio to the fresh plan's p50\n\n");
        ratioTable(md, results, sizes, LatencyStats::p50Ms);

        md.append("\n##### Every cell (ms)\n\n");
        md.append("| snapshots every | N events | p50 | p99 | max | p50 ratio | p99 ratio | samples (plans x commands) "
                + "| of them wrote a snapshot |\n|---|---:|---:|---:|---:|---:|---:|---|---:|\n");
        for (ThresholdResult t : results.thresholds()) {
            LatencyStats base = t.baseline();
            LatencyStats commit = t.commitProbe();
            md.append(String.format(Locale.ROOT, "| %s | commit only (1-row INSERT) | %.2f | %.2f | %.2f | %.2f | %.2f "
                            + "| %d | - |%n", t.label(), commit.p50Ms(), commit.p99Ms(), commit.maxMs(),
                    commit.p50Ms() / base.p50Ms(), commit.p99Ms() / base.p99Ms(), commit.count()));
            md.append(String.format(Locale.ROOT, "| %s | 1 (fresh plan) | %.2f | %.2f | %.2f | 1.00 | 1.00 | %d x 1 | 0 |%n",
                    t.label(), base.p50Ms(), base.p99Ms(), base.maxMs(), base.count()));
            for (CellResult c : t.cells()) {
                LatencyStats s = c.steadyState();
                md.append(String.format(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %.2f | %.2f | %.2f | %d x %d | %d |%n",
                        t.label(), c.historySize(), s.p50Ms(), s.p99Ms(), s.maxMs(), s.p50Ms() / base.p50Ms(),
                        s.p99Ms() / base.p99Ms(), c.plans(), c.commandsPerPlan(), c.snapshotWritesInSteadyState()));
            }
        }

        md.append("\n##### The command that writes a snapshot (its plan one event short of the trigger)\n\n");
        md.append("| snapshots every | N events | p50 ms | p99 ms | p99 ratio to fresh p99 | samples |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        for (ThresholdResult t : results.thresholds()) {
            for (CellResult c : t.cells()) {
                if (c.snapshotWrites() != null) {
                    LatencyStats w = c.snapshotWrites();
                    md.append(String.format(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %.2f | %d |%n", t.label(),
                            c.historySize(), w.p50Ms(), w.p99Ms(), w.p99Ms() / t.baseline().p99Ms(), w.count()));
                }
            }
        }

        md.append("\n##### Noise: the same fresh-plan baseline, measured once per threshold\n\n");
        md.append(String.format(Locale.ROOT, "Fresh plan: p50 %s ms, p99 %s ms. A bare 1-row INSERT + COMMIT "
                        + "(fsync on), interleaved: p50 %s ms, p99 %s ms.%n",
                range(results, ThresholdResult::baseline, LatencyStats::p50Ms),
                range(results, ThresholdResult::baseline, LatencyStats::p99Ms),
                range(results, ThresholdResult::commitProbe, LatencyStats::p50Ms),
                range(results, ThresholdResult::commitProbe, LatencyStats::p99Ms)));

        int largest = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
        md.append(String.format(Locale.ROOT, "%n##### Against the target (N = %,d within %.1fx of the fresh plan's p99)%n%n",
                largest, TARGET_RATIO));
        List<String> within = results.thresholds().stream()
                .filter(t -> p99Ratio(t, largest) <= TARGET_RATIO)
                .map(t -> t.label() + String.format(Locale.ROOT, " (%.2fx)", p99Ratio(t, largest)))
                .toList();
        md.append(within.isEmpty() ? "No threshold met it in this run.\n"
                : "Within target in this run: " + String.join(", ", within) + ".\n");
        long[] pooled = results.thresholds().stream().flatMapToLong(t -> Arrays.stream(t.baselineNanos()))
                .toArray();
        LatencyStats pooledBaseline = LatencyStats.of(pooled);
        md.append(String.format(Locale.ROOT, "%nThe same against the fresh-plan samples of every threshold pooled "
                        + "(%d commands, p99 %.2f ms), a steadier denominator: %s.%n", pooledBaseline.count(),
                pooledBaseline.p99Ms(), results.thresholds().stream()
                        .map(t -> String.format(Locale.ROOT, "%s %.2fx", t.label(),
                                cell(t, largest).steadyState().p99Ms() / pooledBaseline.p99Ms()))
                        .collect(Collectors.joining(", "))));
        md.append("\n").append(end(config.history())).append("\n");
        return md.toString();
    }

    /** Replaces the history's block between its markers in {@code file}, or appends it when the file has none. */
    public static void writeInto(Path file, String block, BenchConfig.History history) throws IOException {
        replaceBlock(file, block, begin(history), end(history));
    }

    /**
     * Replaces the text from {@code beginMarker} to {@code endMarker} (both included) in {@code file} with
     * {@code block}, or appends the block when the file has no such markers.
     */
    public static void replaceBlock(Path file, String block, String beginMarker, String endMarker) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        int begin = text.indexOf(beginMarker);
        int end = text.indexOf(endMarker);
        String updated;
        if (begin >= 0 && end > begin) {
            int after = end + endMarker.length();
            if (after < text.length() && text.charAt(after) == '\n') {
                after++;
            }
            updated = text.substring(0, begin) + block + text.substring(after);
        } else {
            updated = text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + "\n" + block;
        }
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }

    private static void ratioTable(StringBuilder md, BenchResults results, List<Integer> sizes,
                                   ToDoubleFunction<LatencyStats> stat) {
        md.append("| snapshots every | fresh plan (1 event) | ")
                .append(sizes.stream().map(n -> String.format(Locale.ROOT, "N = %,d", n)).collect(Collectors.joining(" | ")))
                .append(" |\n|---|---:|").append("---:|".repeat(sizes.size())).append("\n");
        for (ThresholdResult t : results.thresholds()) {
            double base = stat.applyAsDouble(t.baseline());
            md.append("| ").append(t.label()).append(String.format(Locale.ROOT, " | %.2f ms |", base));
            for (CellResult c : t.cells()) {
                double value = stat.applyAsDouble(c.steadyState());
                md.append(String.format(Locale.ROOT, " %.2fx (%.2f ms) |", value / base, value));
            }
            md.append("\n");
        }
    }

    static double p99Ratio(ThresholdResult t, int size) {
        return cell(t, size).steadyState().p99Ms() / t.baseline().p99Ms();
    }

    private static CellResult cell(ThresholdResult t, int size) {
        return t.cells().stream().filter(c -> c.historySize() == size).findFirst().orElseThrow();
    }

    private static String range(BenchResults results, Function<ThresholdResult, LatencyStats> which,
                                ToDoubleFunction<LatencyStats> stat) {
        double min = results.thresholds().stream().mapToDouble(t -> stat.applyAsDouble(which.apply(t))).min().orElse(0);
        double max = results.thresholds().stream().mapToDouble(t -> stat.applyAsDouble(which.apply(t))).max().orElse(0);
        return String.format(Locale.ROOT, "%.2f to %.2f", min, max);
    }

    /** "4 min 05 s". */
    public static String minutes(long millis) {
        return String.format(Locale.ROOT, "%d min %02d s", millis / 60_000, (millis / 1000) % 60);
    }
}
