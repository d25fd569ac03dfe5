package care.tandem.bench.scaleout;

import care.tandem.bench.MarkdownReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scale-out under {@code ./mvnw verify}, at the smoke size: a three-node Kafka cluster, two command-side and two
 * query-side instances, each a process from the platform jar the reactor built before this module, and under load the
 * Kafka quorum's leader, the publishing command instance and the query instance holding the read models killed with
 * {@code kill -9}. What it asserts is what must hold on any machine: no acknowledged command lost or doubled, the
 * survivor's read models exactly the event store's fold, every segment taken over. No timing is asserted.
 */
class ScaleOutBenchmarkSmokeTest {

    private static final Path PLATFORM_JAR = Path.of("../infra/target/tandem-platform.jar");

    @Test
    void nothingAcknowledgedIsLostAndTheSurvivorsConvergeToTheEventStoresFold(@TempDir Path directory) {
        ScaleOutResults results = ScaleOutBenchmark.run(ScaleOutConfig.smoke(), PLATFORM_JAR, directory.resolve("run"),
                new PrintStream(OutputStream.nullOutputStream()));

        assertThat(results.phases()).extracting(RoutedLoad.Phase::commandInstances).containsExactly(1, 2, 2);
        assertThat(results.phases()).allSatisfy(phase -> assertThat(phase.acknowledged()).isPositive());
        assertThat(results.kills()).extracting(ScaleOutResults.Kill::process)
                .satisfiesExactly(
                        broker -> assertThat(broker).startsWith("kafka-"),
                        command -> assertThat(command).startsWith("command-side-"),
                        query -> assertThat(query).startsWith("query-side-"));

        assertThat(results.acknowledged()).isPositive();
        assertThat(results.lost()).as("acknowledged commands missing from the event store").isZero();
        assertThat(results.duplicated()).as("acknowledged commands stored twice").isZero();
        assertThat(results.differences()).as("read models against the event store's fold").isEmpty();
        assertThat(results.converged()).isTrue();
        long killedQuerySide = results.kills().get(2).pid();
        assertThat(results.segmentsTakenOver(killedQuerySide)).as("segments the killed query instance held")
                .isPositive();
        assertThat(results.survivorsHoldEverySegment()).isTrue();

        String block = ScaleOutReport.render(results, MarkdownReport.Machine.current(null), "bench/scale-out.sh --smoke");
        assertThat(block).startsWith(ScaleOutBenchmark.BEGIN).contains("converged", ScaleOutBenchmark.END)
                .doesNotContain("NaN", "**NO**");
    }
}
