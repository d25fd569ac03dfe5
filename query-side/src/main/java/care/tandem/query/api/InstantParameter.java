package care.tandem.query.api;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** A query parameter naming an instant: ISO-8601 in UTC, within the years every period of the query API allows. */
public final class InstantParameter {

    private InstantParameter() {
    }

    /** The instant, or null when the parameter is absent; a 400 naming the parameter when it is malformed. */
    public static Instant parse(String parameter, String text) {
        if (text == null) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(parameter, "an ISO-8601 instant in UTC, e.g. 2026-11-16T15:00:00Z");
        }
        int year = instant.atZone(ZoneOffset.UTC).getYear();
        if (year < PeriodArgumentResolver.FIRST_YEAR || year > PeriodArgumentResolver.LAST_YEAR) {
            throw new InvalidParameterException(parameter, "an instant of a year from "
                    + PeriodArgumentResolver.FIRST_YEAR + " to " + PeriodArgumentResolver.LAST_YEAR);
        }
        return instant;
    }
}
