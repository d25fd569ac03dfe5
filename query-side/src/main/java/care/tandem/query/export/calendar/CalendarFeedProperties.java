package care.tandem.query.export.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a calendar feed shows. A calendar is not a protected place (it syncs to phones, is shared with assistants), so
 * by default a session's title is the neutral {@code title} alone: no diagnosis, program, plan or person.
 *
 * @param name            the calendar's name in the calendar app
 * @param title           every session's title
 * @param showSessionKind whether the title adds the session's kind ("individual", "couples", "family", "group")
 * @param daysBack        sessions from this many days ago
 * @param daysAhead       up to this many days ahead
 */
@ConfigurationProperties("tandem.calendar")
public record CalendarFeedProperties(@DefaultValue("Appointments") String name,
                                     @DefaultValue("Appointment") String title,
                                     @DefaultValue("false") boolean showSessionKind,
                                     @DefaultValue("30") int daysBack,
                                     @DefaultValue("180") int daysAhead) {

    public CalendarFeedProperties {
        if (name == null || name.isBlank() || name.length() > 80 || title == null || title.isBlank()
                || title.length() > 80) {
            throw new IllegalArgumentException("tandem.calendar.name and tandem.calendar.title must be 1-80 "
                    + "characters");
        }
        if (daysBack < 0 || daysBack > 366 || daysAhead < 1 || daysAhead > 731) {
            throw new IllegalArgumentException("tandem.calendar.days-back must be 0-366 and days-ahead 1-731");
        }
    }
}
