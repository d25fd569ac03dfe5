package care.tandem.infra.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Everything the demo script is made from: the same program gives the same script, byte for byte.
 * {@code seededAt} is when the program was first seeded: sessions that ended by then have their attendance
 * recorded, later ones stay scheduled. The command API stamps every command with its own clock, so the
 * program keeps its own "now" to stay the same script on every later run.
 */
public record DemoProgram(long seed, LocalDate firstMonday, Instant seededAt, ZoneId clinicZone, DemoSize size) {

    public DemoProgram {
        if (firstMonday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("firstMonday must be a Monday, was " + firstMonday);
        }
    }

    /** A program whose last week is the current one (in the clinic's zone), seeded now. */
    public static DemoProgram endingThisWeek(long seed, DemoSize size, ZoneId clinicZone, Clock clock) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        LocalDate thisMonday = now.atZone(clinicZone).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new DemoProgram(seed, thisMonday.minusWeeks(size.weeks() - 1L), now, clinicZone, size);
    }

    /** The Monday of the program's last week, the one that was current when it was seeded. */
    public LocalDate lastMonday() {
        return firstMonday.plusWeeks(size.weeks() - 1L);
    }

    /** Idempotency keys of this program's steps: one space per seed, so another seed never replays these. */
    String idempotencyKey(int step) {
        return "demo-" + seed + "-" + step;
    }
}
