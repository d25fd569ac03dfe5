package care.tandem.query.export.calendar;

import care.tandem.query.config.ClinicTime;
import care.tandem.query.readmodel.PlanSession;
import care.tandem.query.readmodel.ScheduledSession;
import care.tandem.query.readmodel.SessionStatus;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Sessions as an iCalendar feed (RFC 5545): one VEVENT per session with a UID that stays the same for the session's
 * life (a hash of plan and session id, so it names neither), a SEQUENCE that grows with each reschedule and the
 * cancellation, STATUS CANCELLED once cancelled, times in the clinic's zone with its VTIMEZONE, and the configured
 * neutral title. No description, location, attendee or organizer: nothing that names a person or a program.
 */
@Component
class IcsCalendar {

    static final String MEDIA_TYPE = "text/calendar";
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private final CalendarFeedProperties properties;
    private final ZoneId zone;

    IcsCalendar(CalendarFeedProperties properties, ClinicTime clinicTime) {
        this.properties = properties;
        this.zone = clinicTime.timeZone();
    }

    String render(List<PlanSession> sessions, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Tandem//Calendar feed//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", properties.name()));
        sessions.stream()
                .sorted(Comparator.comparing((PlanSession entry) -> entry.session().startsAt())
                        .thenComparing(entry -> uid(entry)))
                .forEach(entry -> calendar.add(event(entry, now)));
        if (!isUtc()) {
            calendar.add(ZONES.getTimeZone(zone.getId()).getVTimeZone());
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private VEvent event(PlanSession entry, Instant now) {
        ScheduledSession session = entry.session();
        Instant end = session.startsAt().plusSeconds(60L * session.durationMinutes());
        VEvent event = isUtc() ? new VEvent(session.startsAt(), end, title(session))
                : new VEvent(ZonedDateTime.ofInstant(session.startsAt(), zone), ZonedDateTime.ofInstant(end, zone),
                title(session));
        event.add(new Uid(uid(entry)));
        event.replace(new DtStamp(now));
        event.add(new Sequence(session.changeCount()));
        event.add(session.status() == SessionStatus.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED
                : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    private String title(ScheduledSession session) {
        return properties.showSessionKind() && session.kind() != null
                ? properties.title() + " (" + session.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")"
                : properties.title();
    }

    /** The same for the session's whole life, and the same in every feed it appears in; it names no one. */
    static String uid(PlanSession entry) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((entry.planId() + "/"
                    + entry.session().sessionId()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16) + "@tandem";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** UTC needs no VTIMEZONE: times are written in UTC ("Z"), which every calendar reads. */
    private boolean isUtc() {
        return zone.normalized().equals(ZoneOffset.UTC);
    }
}
