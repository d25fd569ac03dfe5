package care.tandem.bench;

import care.tandem.bench.BenchResults.CellResult;
import care.tandem.bench.BenchResults.ThresholdResult;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the benchmark working under {@code ./mvnw verify}: the smoke size, in this JVM, end to end (embedded
 * PostgreSQL, the command-side application once per threshold, seeding, snapshots, measuring, the report). It asserts
 * that every threshold produced numbers, never what they are: timings on a shared build machine prove nothing.
 */
class SnapshotBenchmarkSmokeTest {

    @Test
    void theSmokeSizeProducesNumbersForEveryThreshold() {
        BenchConfig config = BenchConfig.smoke();

        BenchResults results = SnapshotBenchmark.run(config, new PrintStream(OutputStream.nullOutputStream()));

        assertThat(results.thresholds()).extracting(ThresholdResult::threshold)
                .containsExactlyElementsOf(BenchConfig.THRESHOLDS);
        for (ThresholdResult threshold : results.thresholds()) {
            assertMeasured(threshold.baseline(), config.baselineSamples());
            assertMeasured(threshold.commitProbe(), config.baselineSamples());
            assertThat(threshold.cells()).extracting(CellResult::historySize)
                    .containsExactlyElementsOf(config.historySizes());
            for (CellResult cell : threshold.cells()) {
                assertMeasured(cell.steadyState(), cell.plans() * cell.commandsPerPlan());
                boolean plansCarrySnapshots = threshold.threshold() <= cell.historySize();
                if (plansCarrySnapshots) {
                    // Every command placed one event short of the trigger wrote a snapshot, or result() would throw.
                    assertMeasured(cell.snapshotWrites(), config.snapshotWriteSamples());
                } else {
                    assertThat(cell.snapshotWrites()).isNull();
                    assertThat(cell.snapshotWritesInSteadyState()).isZero();
                }
            }
        }

        String block = MarkdownReport.render(results, MarkdownReport.Machine.current(null), "bench/run.sh --smoke", true);
        assertThat(block).startsWith(MarkdownReport.BEGIN).contains(MarkdownReport.END, "| none |", "| 1000 |");
    }

    @Test
    void sessionHistoriesSeedAndSnapshotToo() {
        BenchConfig config = BenchConfig.smoke().with(BenchConfig.History.SESSIONS, List.of(100),
                List.of(50), null);

        BenchResults results = SnapshotBenchmark.run(config, new PrintStream(OutputStream.nullOutputStream()));

        assertThat(results.thresholds()).singleElement().satisfies(threshold -> {
            assertMeasured(threshold.baseline(), config.baselineSamples());
            CellResult cell = threshold.cells().get(0);
            assertMeasured(cell.steadyState(), cell.plans() * cell.commandsPerPlan());
            assertMeasured(cell.snapshotWrites(), config.snapshotWriteSamples());
        });
    }

    private static void assertMeasured(LatencyStats stats, int samples) {
        assertThat(stats.count()).isEqualTo(samples);
        assertThat(stats.p50Ms()).isPositive();
        assertThat(stats.p99Ms()).isGreaterThanOrEqualTo(stats.p50Ms());
        assertThat(stats.maxMs()).isGreaterThanOrEqualTo(stats.p99Ms());
    }
}
