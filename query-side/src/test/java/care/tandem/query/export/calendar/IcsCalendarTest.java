package care.tandem.query.export.calendar;

import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.SessionKind;
import care.tandem.query.config.ClinicTime;
import care.tandem.query.readmodel.PlanSession;
import care.tandem.query.readmodel.ScheduledSession;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import static care.tandem.query.testing.PlanFixtures.PLAN;
import static care.tandem.query.testing.PlanFixtures.scheduled;
import static org.assertj.core.api.Assertions.assertThat;

class IcsCalendarTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final CalendarFeedProperties NEUTRAL = new CalendarFeedProperties("Appointments", "Appointment",
            false, 30, 180);

    private final PlanSession asScheduled = session(ScheduledSession.of(scheduled("s-1", "2026-03-09T14:00:00Z")));
    private final PlanSession rescheduledTwice = session(ScheduledSession.of(scheduled("s-2", "2026-03-10T14:00:00Z"))
            .rescheduled(Instant.parse("2026-03-11T15:00:00Z"), 50)
            .rescheduled(Instant.parse("2026-03-12T15:00:00Z"), 45));
    private final PlanSession cancelled = session(ScheduledSession.of(scheduled("s-3", "2026-03-13T14:00:00Z"))
            .cancelled(CancellationReason.CLINICIAN_UNAVAILABLE));

    @Test
    void eachSessionIsAnEventWithAStableUidItsChangesAsSequenceAndCancellationAsStatus() throws Exception {
        String ics = new IcsCalendar(NEUTRAL, new ClinicTime(ZoneId.of("America/New_York")))
                .render(List.of(cancelled, rescheduledTwice, asScheduled), NOW);
        Calendar calendar = parse(ics);

        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).extracting(event -> event.<Uid>getProperty(Property.UID).orElseThrow().getValue())
                .containsExactly(IcsCalendar.uid(asScheduled), IcsCalendar.uid(rescheduledTwice),
                        IcsCalendar.uid(cancelled))
                .allSatisfy(uid -> assertThat(uid).doesNotContain(PLAN.value()).doesNotContain("s-"));
        assertThat(events).extracting(event -> event.<Sequence>getProperty(Property.SEQUENCE).orElseThrow()
                .getSequenceNo()).containsExactly(0, 2, 1);
        assertThat(events).extracting(event -> event.<Status>getProperty(Property.STATUS).orElseThrow().getValue())
                .containsExactly("CONFIRMED", "CONFIRMED", "CANCELLED");
        assertThat(events).extracting(event -> event.getSummary().getValue()).containsOnly("Appointment");
        assertThat(events).allSatisfy(event -> assertThat(event.getStartDate().orElseThrow()
                .<TzId>getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("America/New_York"));
        assertThat(ics.lines()).as("nothing but times, title and status")
                .noneMatch(line -> line.startsWith(Property.DESCRIPTION) || line.startsWith(Property.LOCATION)
                        || line.startsWith(Property.ATTENDEE) || line.startsWith(Property.ORGANIZER));
        VEvent moved = events.get(1);
        assertThat(instant(moved.getStartDate().orElseThrow().getDate()))
                .isEqualTo(Instant.parse("2026-03-12T15:00:00Z"));
        assertThat(instant(moved.getEndDate().orElseThrow().getDate()))
                .isEqualTo(Instant.parse("2026-03-12T15:45:00Z"));
        assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE))
                .extracting(zone -> zone.<Property>getProperty(Property.TZID).orElseThrow().getValue())
                .containsExactly("America/New_York");
    }

    @Test
    void aClinicOnUtcWritesUtcTimesAndNoTimeZone() throws Exception {
        Calendar calendar = parse(new IcsCalendar(NEUTRAL, new ClinicTime(ZoneId.of("UTC")))
                .render(List.of(asScheduled), NOW));

        assertThat(calendar.validate().hasErrors()).isFalse();
        assertThat(calendar.getComponents(Component.VTIMEZONE)).isEmpty();
        VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
        assertThat(instant(event.getStartDate().orElseThrow().getDate()))
                .isEqualTo(Instant.parse("2026-03-09T14:00:00Z"));
    }

    @Test
    void theTitleShowsTheSessionKindOnlyWhenConfiguredTo() throws Exception {
        CalendarFeedProperties withKind = new CalendarFeedProperties("Sessions", "Session", true, 30, 180);
        Calendar calendar = parse(new IcsCalendar(withKind, new ClinicTime(ZoneId.of("UTC")))
                .render(List.of(session(ScheduledSession.of(scheduled("s-9", SessionKind.MULTI_FAMILY_GROUP,
                        "2026-03-09T14:00:00Z", List.of(), null, null)))), NOW));

        assertThat(calendar.<VEvent>getComponents(Component.VEVENT).get(0).getSummary().getValue())
                .isEqualTo("Session (multi family group)");
    }

    private static PlanSession session(ScheduledSession session) {
        return new PlanSession(PLAN.value(), session);
    }

    private static Calendar parse(String ics) throws IOException, ParserException {
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("X-WR-CALNAME:");
        return new CalendarBuilder().build(new StringReader(ics));
    }

    /** ical4j reads a zoned time back in a zone of its own making: compare instants. */
    private static Instant instant(Temporal time) {
        return time instanceof ZonedDateTime zoned ? zoned.toInstant() : Instant.from(time);
    }
}
