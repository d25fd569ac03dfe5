package care.tandem.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Each benchmark rewrites only its own block of BENCHMARKS.md; the prose around it is the engineers'. */
class MarkdownReportTest {

    private static final String BEGIN = "<!-- BEGIN figures -->";
    private static final String END = "<!-- END figures -->";

    @Test
    void aFileWithoutTheMarkersGetsTheBlockAppendedAfterItsText(@TempDir Path directory) throws IOException {
        Path report = directory.resolve("BENCHMARKS.md");
        Files.writeString(report, "# Benchmarks\n\nWritten by hand.");

        MarkdownReport.replaceBlock(report, block("first"), BEGIN, END);

        assertThat(Files.readString(report)).isEqualTo("# Benchmarks\n\nWritten by hand.\n\n" + block("first"));
    }

    @Test
    void aSecondRunReplacesItsBlockInPlaceAndKeepsTheTextAroundIt(@TempDir Path directory) throws IOException {
        Path report = directory.resolve("BENCHMARKS.md");
        Files.writeString(report, "# Benchmarks\n\n" + block("first") + "\n## Written later by hand\n");

        MarkdownReport.replaceBlock(report, block("second"), BEGIN, END);
        MarkdownReport.replaceBlock(report, block("third"), BEGIN, END);

        assertThat(Files.readString(report))
                .isEqualTo("# Benchmarks\n\n" + block("third") + "\n## Written later by hand\n");
    }

    @Test
    void anotherBenchmarksBlockIsLeftAlone(@TempDir Path directory) throws IOException {
        Path report = directory.resolve("BENCHMARKS.md");
        String other = "<!-- BEGIN other -->\nkept\n<!-- END other -->\n";
        Files.writeString(report, other);

        MarkdownReport.replaceBlock(report, block("first"), BEGIN, END);
        MarkdownReport.replaceBlock(report, block("second"), BEGIN, END);

        assertThat(Files.readString(report)).isEqualTo(other + "\n" + block("second"));
    }

    private static String block(String figures) {
        return BEGIN + "\n" + figures + "\n" + END + "\n";
    }
}
