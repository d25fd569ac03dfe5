package care.tandem.query.readmodel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week, such as {@code 2026-W47}: Monday to Sunday, numbered within its week-based year. Its text sorts in
 * calendar order, so it can be part of a {@link DocumentKey} read by range.
 */
public record IsoWeek(int weekBasedYear, int week) implements Comparable<IsoWeek> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");

    public IsoWeek {
        if (weekBasedYear < 1000 || weekBasedYear > 9999) {
            throw new IllegalArgumentException("an ISO week's year has four digits");
        }
        long weeksInYear = LocalDate.of(weekBasedYear, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > weeksInYear) {
            throw new IllegalArgumentException("the ISO year " + weekBasedYear + " has weeks 1 to " + weeksInYear);
        }
    }

    public static IsoWeek of(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Parses {@code YYYY-Www}; the message of a rejection states the rule, never the value. */
    public static IsoWeek parse(String text) {
        Matcher matcher = TEXT.matcher(text);
        if (!matcher.matches()) {
            throw new DateTimeParseException("an ISO week is written YYYY-Www, e.g. 2026-W47", text, 0);
        }
        return new IsoWeek(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public LocalDate monday() {
        return LocalDate.of(weekBasedYear, 6, 1)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(DayOfWeek.MONDAY);
    }

    public IsoWeek next() {
        return of(monday().plusWeeks(1));
    }

    /** Calendar order: by week-based year, then week. */
    @Override
    public int compareTo(IsoWeek other) {
        int byYear = Integer.compare(weekBasedYear, other.weekBasedYear);
        return byYear != 0 ? byYear : Integer.compare(week, other.week);
    }

    /** Built by hand: every read model's week keys go through here, and a format string parses itself per call. */
    @Override
    public String toString() {
        return weekBasedYear + (week < 10 ? "-W0" : "-W") + week;
    }
}
