package care.tandem.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path temporaryDirectory;

    @Test
    void createsOneSubdirectoryPerServerAndKeepsWhatIsThere() throws IOException {
        Path root = temporaryDirectory.resolve("data");
        Files.createDirectories(root.resolve("kafka"));
        Path existingFile = Files.writeString(root.resolve("kafka").resolve("meta.properties"), "kept");

        DataDirectory directory = DataDirectory.at(root);

        assertThat(directory.root()).isEqualTo(root);
        assertThat(directory.kafka()).isDirectory().isEqualTo(root.resolve("kafka"));
        assertThat(directory.postgres()).isDirectory().isEqualTo(root.resolve("postgres"));
        assertThat(directory.mongo()).isDirectory().isEqualTo(root.resolve("mongo"));
        assertThat(existingFile).hasContent("kept");
    }
}
