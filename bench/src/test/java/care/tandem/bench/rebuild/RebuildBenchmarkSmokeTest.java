package care.tandem.bench.rebuild;

import care.tandem.bench.MarkdownReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the rebuild benchmark working under {@code ./mvnw verify}: the smoke size (2,000 events), in this JVM, end to
 * end (the embedded broker and Mongo server, the feed, the query side once per batch size, the raw baseline, the
 * report). It asserts that numbers came out and that every batch size built the same read models, never how fast:
 * timings on a shared build machine prove nothing.
 */
class RebuildBenchmarkSmokeTest {

    @Test
    void theSmokeSizeRebuildsEveryReadModelAndMeasuresTheBaseline(@TempDir Path directory) throws IOException {
        RebuildConfig config = RebuildConfig.smoke();

        RebuildResults results = RebuildBenchmark.run(config, new PrintStream(OutputStream.nullOutputStream()));

        assertThat(results.feedBytes()).isPositive();
        assertThat(results.rebuilds()).hasSameSizeAs(config.batchSizes());
        int readModels = results.rebuilds().get(0).lanes().size();
        assertThat(readModels).isGreaterThan(1);
        for (Pass rebuild : results.rebuilds()) {
            assertMeasured(rebuild, config, readModels);
        }
        assertThat(results.baselines()).hasSize(2).allSatisfy(baseline -> assertMeasured(baseline, config, readModels));
        ReadModelVolume built = results.volumes().get(0);
        assertThat(built.documents()).isPositive();
        assertThat(results.volumes()).allSatisfy(volume -> assertThat(volume).isEqualTo(built));

        String block = RebuildReport.render(results, MarkdownReport.Machine.current(null), "bench/rebuild.sh --smoke",
                                            true);
        assertThat(block).startsWith(RebuildBenchmark.BEGIN).contains(RebuildBenchmark.END, "| schedule |");
        Path report = directory.resolve("BENCHMARKS.md");
        Files.writeString(report, "# Benchmarks\n\nWritten by hand.\n");
        MarkdownReport.replaceBlock(report, block, RebuildBenchmark.BEGIN, RebuildBenchmark.END);
        MarkdownReport.replaceBlock(report, block, RebuildBenchmark.BEGIN, RebuildBenchmark.END);
        String written = Files.readString(report);
        assertThat(written).startsWith("# Benchmarks\n\nWritten by hand.\n");
        assertThat(written.split(Pattern.quote(RebuildBenchmark.BEGIN), -1)).hasSize(2);
    }

    private static void assertMeasured(Pass pass, RebuildConfig config, int lanes) {
        assertThat(pass.events()).isEqualTo(config.events());
        assertThat(pass.lanes()).hasSize(lanes);
        assertThat(pass.eventsPerSecond()).isPositive();
        assertThat(pass.cpuSeconds()).isPositive();
    }
}
