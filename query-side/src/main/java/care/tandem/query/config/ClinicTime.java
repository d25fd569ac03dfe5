package care.tandem.query.config;

import care.tandem.query.readmodel.IsoWeek;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The clinic's time zone. Events carry instants in UTC; weeks, months and days are the clinic's, so that an evening
 * session on Sunday counts towards the week it was in for the people in it.
 */
@ConfigurationProperties("tandem.clinic")
public record ClinicTime(ZoneId timeZone) {

    public ClinicTime {
        if (timeZone == null) {
            throw new IllegalArgumentException("tandem.clinic.time-zone must name a time zone, e.g. America/New_York");
        }
    }

    public IsoWeek weekOf(Instant instant) {
        return IsoWeek.of(dateOf(instant));
    }

    public LocalDate dateOf(Instant instant) {
        return instant.atZone(timeZone).toLocalDate();
    }

    /** The first instant of the day, in the clinic's zone. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(timeZone).toInstant();
    }

    public Instant startOf(IsoWeek week) {
        return startOf(week.monday());
    }

    /** The first instant after the week. */
    public Instant endOf(IsoWeek week) {
        return startOf(week.next());
    }
}
