package care.tandem.bench.load;

import care.tandem.bench.MarkdownReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the load benchmark working under {@code ./mvnw verify}: the smoke size end to end (embedded servers, both apps
 * as child processes from the platform jar the reactor built before this module, 20 plans opened over HTTP, two
 * rates of open-model load, the JDBC baseline, the projection lag, the report). It asserts that numbers came out,
 * never what they are: timings on a shared build machine prove nothing.
 */
class LoadBenchmarkSmokeTest {

    private static final Pattern REFUSED = Pattern.compile(" 4\\d\\d\\b");
    private static final Path PLATFORM_JAR = Path.of("../infra/target/tandem-platform.jar");

    @Test
    void theSmokeSizeProducesEveryFigure(@TempDir Path directory) {
        LoadConfig config = LoadConfig.smoke();

        LoadResults results = LoadBenchmark.run(config, PLATFORM_JAR, directory.resolve("run"), null,
                new PrintStream(OutputStream.nullOutputStream()));

        assertThat(results.steps()).isNotEmpty();
        for (LoadResults.Step step : results.steps()) {
            assertThat(step.load().accepted()).isPositive();
            assertThat(step.load().latency().p99Ms()).isPositive();
            // Timeouts and busy plans depend on the machine; a refusal (4xx) would mean the cycle sent a bad command.
            assertThat(step.load().errors().keySet()).as("the command side refused none of the cycle's commands")
                    .noneMatch(REFUSED.asPredicate());
            assertThat(step.usage().apps()).extracting(ResourceWindow.AppUsage::name)
                    .containsExactly("command-side", "query-side");
            assertThat(step.usage().apps()).allSatisfy(app -> {
                assertThat(app.peakResidentBytes()).isPositive();
                assertThat(app.cpuSeconds()).isPositive();
            });
            assertThat(step.usage().postgresCpuSeconds()).isPositive();
        }
        assertThat(results.baseline().transactions()).isPositive();
        assertThat(results.lag().recorded()).isPositive();
        assertThat(results.lag().p99MsByReadModel()).isNotEmpty();

        String block = LoadReport.render(results, MarkdownReport.Machine.current(null), "bench/load.sh --smoke", true);
        assertThat(block).startsWith(LoadBenchmark.BEGIN).contains("M1 / B2", "M2: projection lag", LoadBenchmark.END)
                .doesNotContain("NaN");
    }
}
