package care.tandem.infra.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a data directory remembers of its demo program; the seeding itself runs in {@link DemoEndToEndTest}. */
class DemoSeederTest {

    private static final ZoneId CLINIC = ZoneId.of("America/New_York");

    @TempDir
    Path data;

    @Test
    void aNewProgramEndsInTheClinicsCurrentWeek() {
        // Monday 02:00 UTC is still Sunday evening in New York: the week that ends that day is the current one.
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);
        DemoProgram program = DemoProgram.endingThisWeek(42, DemoSize.FULL, CLINIC, clock);
        assertThat(program.lastMonday()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(program.firstMonday()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(program.seededAt()).isEqualTo(clock.instant());
    }

    @Test
    void theMarkerGivesBackTheProgramItRecorded() {
        DemoProgram program = new DemoProgram(42, LocalDate.of(2026, 8, 31), Instant.parse("2026-11-18T15:04:05Z"),
                CLINIC, new DemoSize(6, 1, 3));
        DemoMarker.write(data, program);
        assertThat(DemoMarker.read(data)).contains(program);
    }

    @Test
    void aDataDirectorySeededWithAnotherSeedIsRefusedBeforeAnyRequest() {
        DemoMarker.write(data, DemoProgram.endingThisWeek(42, new DemoSize(6, 1, 3), CLINIC, Clock.systemUTC()));
        DemoSeeder seeder = new DemoSeeder(data, new DemoRunner("http://localhost:1", 1, () -> "unused"), Clock.systemUTC());

        assertThatThrownBy(() -> seeder.seed(43, new DemoSize(6, 1, 3), CLINIC))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("seed 42, not 43");
    }
}
