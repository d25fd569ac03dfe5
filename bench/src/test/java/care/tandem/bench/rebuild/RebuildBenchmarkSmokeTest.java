package care.tandem.bench.rebuild;

import care.tandem.bench.MarkdownReport;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.io.PrintStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the rebuild benchmark working under {@code ./mvnw verify}: the smoke size (600 events), in this JVM, end to
 * end (the embedded broker and Mongo server, the feed, the query side once per batch size, the raw baseline, the
 * report). It asserts that numbers came out and that every batch size built the same read models, never how fast:
 * timings on a shared build machine prove nothing.
 */
class RebuildBenchmarkSmokeTest {

    @Test
    void theSmokeSizeRebuildsEveryReadModelAndMeasuresTheBaseline() {
        RebuildConfig config = RebuildConfig.smoke();

        RebuildResults results = RebuildBenchmark.run(config, new PrintStream(OutputStream.nullOutputStream()));

        assertThat(results.feedBytes()).isPositive();
        assertThat(results.rebuilds()).hasSize(config.batchSizes().size() * config.stores().size());
        int readModels = results.rebuilds().get(0).lanes().size();
        assertThat(readModels).isGreaterThan(1);
        for (Pass rebuild : results.rebuilds()) {
            assertMeasured(rebuild, config, readModels);
        }
        assertThat(results.queryLatency()).hasSize(8).allSatisfy((query, stats) ->
                assertThat(stats.count()).isEqualTo(config.querySamples()));
        assertThat(results.baselines()).hasSize(2 * config.stores().size()).allSatisfy(baseline -> assertMeasured(baseline, config, readModels));
        ReadModelVolume built = results.volumes().get(0);
        assertThat(built.documents()).isPositive();
        assertThat(results.volumes()).allSatisfy(volume -> assertThat(volume).isEqualTo(built));

        String block = RebuildReport.render(results, MarkdownReport.Machine.current(null), "bench/rebuild.sh --smoke",
                                            true);
        assertThat(block).startsWith(RebuildBenchmark.BEGIN)
                .contains(RebuildBenchmark.END, "| schedule |", "| compliance history |", "| memory |", "| h2 |");
    }

    private static void assertMeasured(Pass pass, RebuildConfig config, int lanes) {
        assertThat(pass.events()).isEqualTo(config.events());
        assertThat(pass.lanes()).hasSize(lanes);
        assertThat(pass.eventsPerSecond()).isPositive();
        assertThat(pass.cpuSeconds()).isPositive();
    }
}
