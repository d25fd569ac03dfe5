package care.tandem.query.api;

import care.tandem.query.config.ClinicTime;
import care.tandem.query.readmodel.IsoWeek;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The span of time a query asks about, from the {@code week}, {@code month} or {@code from}/{@code to} parameters
 * (see {@link PeriodArgumentResolver}): from its first instant, included, to {@code until}, excluded. An unbounded
 * period, asked for by giving none of them, holds every instant.
 */
public record Period(Instant from, Instant until) {

    public static final Period UNBOUNDED = new Period(Instant.MIN, Instant.MAX);

    public boolean contains(Instant instant) {
        return instant != null && !instant.isBefore(from) && instant.isBefore(until);
    }

    public boolean isBounded() {
        return !equals(UNBOUNDED);
    }

    /** For queries that must not read everything: rejects an unbounded period, naming the parameters. */
    public Period requireBounded() {
        if (!isBounded()) {
            throw new InvalidParameterException(PeriodArgumentResolver.WEEK,
                                                "one of 'week', 'month', or 'from' with 'to' is required");
        }
        return this;
    }

    /** The clinic's ISO weeks this bounded period touches, in order. */
    public List<IsoWeek> weeks(ClinicTime clinicTime) {
        requireBounded();
        List<IsoWeek> weeks = new ArrayList<>();
        IsoWeek last = clinicTime.weekOf(until.minusNanos(1));
        for (IsoWeek week = clinicTime.weekOf(from); week.compareTo(last) <= 0; week = week.next()) {
            weeks.add(week);
        }
        return weeks;
    }
}
