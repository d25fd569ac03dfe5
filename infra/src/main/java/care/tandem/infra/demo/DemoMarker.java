package care.tandem.infra.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Properties;

/**
 * The demo program a data directory was seeded with, kept beside the embedded servers' data. A later start
 * rebuilds the same script from it, whatever the week is by then, so every request repeats its idempotency key
 * and changes nothing. Written before the first request, so an interrupted seeding resumes the same program.
 */
final class DemoMarker {

    static final String FILE_NAME = "demo-program.properties";

    private DemoMarker() {
    }

    static Optional<DemoProgram> read(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties stored = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            stored.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        try {
            return Optional.of(new DemoProgram(
                    Long.parseLong(stored.getProperty("seed")),
                    LocalDate.parse(stored.getProperty("firstMonday")),
                    Instant.parse(stored.getProperty("seededAt")),
                    ZoneId.of(stored.getProperty("clinicZone")),
                    new DemoSize(Integer.parseInt(stored.getProperty("couples")),
                            Integer.parseInt(stored.getProperty("families")),
                            Integer.parseInt(stored.getProperty("weeks")))));
        } catch (RuntimeException e) {
            throw new IllegalStateException(file + " is not a demo program this version can read; "
                    + "seed another data directory (TANDEM_DATA_DIR)", e);
        }
    }

    static void write(Path dataDirectory, DemoProgram program) {
        String text = """
                # The demo program this data directory was seeded with: a restart with --demo sends the same script.
                seed=%d
                firstMonday=%s
                seededAt=%s
                clinicZone=%s
                couples=%d
                families=%d
                weeks=%d
                """.formatted(program.seed(), program.firstMonday(), program.seededAt(), program.clinicZone().getId(),
                program.size().couples(), program.size().families(), program.size().weeks());
        try {
            Files.createDirectories(dataDirectory);
            Files.writeString(dataDirectory.resolve(FILE_NAME), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo marker in " + dataDirectory, e);
        }
    }
}
