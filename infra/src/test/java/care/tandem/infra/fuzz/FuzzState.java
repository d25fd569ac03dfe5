package care.tandem.infra.fuzz;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * The ids the fuzzer draws from: the plans, sessions and people it seeded (so some commands are valid and change
 * things), and the moment it started (so some dates are in range).
 */
record FuzzState(Instant start, List<String> couples, List<String> families, List<String> sessions,
                 List<String> partners, List<String> familyMembers, List<String> clinicians, List<String> goals) {

    static final String COUPLE = "fz-couple";
    static final String FAMILY = "fz-family";

    static FuzzState seeded(Instant start) {
        return new FuzzState(start, List.of(COUPLE, "fz-couple-2"), List.of(FAMILY),
                List.of("s-past-1", "s-past-2", "s-past-3", "s-next-1", "s-next-2", "s-fam-1"),
                List.of("p-alex", "p-sam"), List.of("p-morgan", "p-kit"), List.of("c-rivera", "c-kim"),
                List.of("g-1", "g-2"));
    }

    String any(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    String plan(Random random) {
        return random.nextInt(4) == 0 ? any(random, families) : any(random, couples);
    }

    String instant(Random random) {
        int twentyDays = 20 * 24 * 60;
        return start.plus(random.nextInt(2 * twentyDays) - twentyDays, ChronoUnit.MINUTES)
                .truncatedTo(ChronoUnit.MINUTES).toString();
    }

    String reviewDate(Random random) {
        return LocalDate.ofInstant(start, ZoneOffset.UTC).plusDays(1 + random.nextInt(90)).toString();
    }
}
