package care.tandem.infra.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A calendar feed read the way a calendar app reads it: no token, the secret URL alone, parsed with ical4j. */
final class CalendarFeedCheck {

    /** The feed's default window (tandem.calendar.days-back and days-ahead). */
    private static final Duration BACK = Duration.ofDays(30);
    private static final Duration AHEAD = Duration.ofDays(180);

    private CalendarFeedCheck() {
    }

    /** When each event of the feed at {@code url} starts. */
    static List<Instant> startsIn(String url) throws Exception {
        HttpResponse<String> feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/calendar"));
        return new CalendarBuilder().build(new StringReader(feed.body())).<VEvent>getComponents(Component.VEVENT)
                .stream().map(event -> instant(event.getStartDate().orElseThrow().getDate())).toList();
    }

    /** The start of each session of a schedule that falls in the feed's window now. */
    static List<Instant> startsWithinWindow(List<JsonNode> sessions) {
        Instant now = Instant.now();
        return sessions.stream().map(session -> Instant.parse(session.path("startsAt").asText()))
                .filter(start -> !start.isBefore(now.minus(BACK)) && start.isBefore(now.plus(AHEAD))).toList();
    }

    private static Instant instant(Temporal time) {
        return time instanceof ZonedDateTime zoned ? zoned.toInstant() : Instant.from(time);
    }
}
