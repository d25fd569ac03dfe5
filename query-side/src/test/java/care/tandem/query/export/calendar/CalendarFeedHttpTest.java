package care.tandem.query.export.calendar;

import care.tandem.access.Role;
import care.tandem.access.testing.TestIssuer;
import care.tandem.events.plan.SessionKind;
import care.tandem.query.testing.PlanStream;
import care.tandem.query.testing.RunningQuerySide;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static care.tandem.query.testing.PlanFixtures.AVERY;
import static care.tandem.query.testing.PlanFixtures.AVERY_NAME;
import static care.tandem.query.testing.PlanFixtures.CLINICIAN;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static care.tandem.query.testing.PlanFixtures.JORDAN_NAME;
import static care.tandem.query.testing.PlanFixtures.PLAN;
import static care.tandem.query.testing.PlanFixtures.cancelled;
import static care.tandem.query.testing.PlanFixtures.opened;
import static care.tandem.query.testing.PlanFixtures.rescheduled;
import static care.tandem.query.testing.PlanFixtures.scheduled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Calendar feeds from the Kafka feed to a calendar app: issued with a token, read without one by their secret URL,
 * checked event by event against the plan's schedule as the query API shows it, rotated and revoked.
 */
class CalendarFeedHttpTest {

    @RegisterExtension
    static final RunningQuerySide querySide = new RunningQuerySide();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLINICIAN_TOKEN = TestIssuer.shared().clinician(CLINICIAN.value());
    private static final String JORDAN_TOKEN = TestIssuer.shared().participant("jordan-login", JORDAN.value());

    private final Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

    @Test
    void aClinicianAndAParticipantSubscribeToTheirOwnSessionsWithNeutralTitles() throws Exception {
        PlanStream plan = new PlanStream(PLAN);
        querySide.publish(List.of(
                plan.next(opened()),
                plan.next(scheduled("s-1", at(0))),
                plan.next(scheduled("s-2", at(1))),
                plan.next(scheduled("s-3", at(2))),
                plan.next(scheduled("s-4", SessionKind.INDIVIDUAL, at(3), List.of(AVERY), null, null)),
                plan.next(rescheduled("s-2", at(4), 45)),
                plan.next(cancelled("s-3"))));
        await().atMost(Duration.ofSeconds(60)).until(() -> schedule().path("sessions").size() == 4);

        String clinicianFeed = issue(CLINICIAN_TOKEN);
        Map<Instant, VEvent> clinicianEvents = events(fetch(clinicianFeed));
        Map<Instant, String> expected = new TreeMap<>();
        for (JsonNode session : schedule().path("sessions")) {
            expected.put(Instant.parse(session.path("startsAt").asText()), session.path("sessionId").asText());
        }
        assertThat(clinicianEvents.keySet()).as("each session of the schedule, at its time")
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(sequence(clinicianEvents.get(Instant.parse(at(4))))).as("rescheduled once").isEqualTo(1);
        assertThat(status(clinicianEvents.get(Instant.parse(at(2))))).isEqualTo("CANCELLED");
        assertThat(sequence(clinicianEvents.get(Instant.parse(at(0))))).isZero();

        String jordanFeed = issue(JORDAN_TOKEN);
        String jordanCalendar = fetch(jordanFeed);
        assertThat(events(jordanCalendar).keySet()).as("Jordan's own sessions: not Avery's individual one")
                .containsExactlyInAnyOrder(Instant.parse(at(0)), Instant.parse(at(4)), Instant.parse(at(2)));
        for (String calendar : List.of(fetch(clinicianFeed), jordanCalendar)) {
            assertThat(calendar).doesNotContain(AVERY_NAME, JORDAN_NAME, "Avery", "Jordan", PLAN.value(),
                    CLINICIAN.value(), "couples", "COUPLES");
        }
    }

    @Test
    void aNewUrlEndsTheOldOneAndRevokingEndsTheFeed() throws Exception {
        String first = issue(CLINICIAN_TOKEN);
        String second = issue(CLINICIAN_TOKEN);
        assertThat(second).isNotEqualTo(first);
        assertThat(get(first).statusCode()).isEqualTo(404);
        assertThat(get(second).statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(querySide.get("/api/calendar-feed", null, CLINICIAN_TOKEN).body())
                .path("active").asBoolean()).isTrue();

        assertThat(querySide.send("DELETE", "/api/calendar-feed", CLINICIAN_TOKEN).statusCode()).isEqualTo(204);
        assertThat(get(second).statusCode()).isEqualTo(404);
        JsonNode status = JSON.readTree(querySide.get("/api/calendar-feed", null, CLINICIAN_TOKEN).body());
        assertThat(status.path("active").asBoolean()).isFalse();
        assertThat(status.path("url").textValue()).as("the URL is shown only when issued").isNull();
        assertThat(querySide.send("DELETE", "/api/calendar-feed", CLINICIAN_TOKEN).statusCode()).isEqualTo(404);
    }

    @Test
    void anOperatorEndsTheFeedOfAClinicianWhoLeftAndAClinicianCannotEndAnothers() throws Exception {
        String feed = issue(CLINICIAN_TOKEN);
        String jordans = issue(JORDAN_TOKEN);
        String operator = TestIssuer.shared().person("ops", Role.OPERATOR);

        assertThat(querySide.send("DELETE", "/api/calendar-feeds/participants/" + JORDAN.value(), CLINICIAN_TOKEN)
                .statusCode()).isEqualTo(403);
        assertThat(get(jordans).statusCode()).isEqualTo(200);
        assertThat(querySide.send("DELETE", "/api/calendar-feeds/clinicians/" + CLINICIAN.value(), operator)
                .statusCode()).isEqualTo(204);
        assertThat(get(feed).statusCode()).isEqualTo(404);
        assertThat(get(jordans).statusCode()).as("only the clinician's feed ended").isEqualTo(200);
        assertThat(querySide.send("DELETE", "/api/calendar-feeds/clinicians/" + CLINICIAN.value(), operator)
                .statusCode()).as("none in force afterwards, as asked").isEqualTo(204);
    }

    @Test
    void onlyCliniciansAndParticipantsHaveFeedsAndAGuessedUrlFindsNothing() throws Exception {
        assertThat(querySide.send("POST", "/api/calendar-feed", TestIssuer.shared().person("audit",
                Role.COMPLIANCE)).statusCode()).isEqualTo(403);
        assertThat(querySide.send("POST", "/api/calendar-feed", null).statusCode()).isEqualTo(401);
        assertThat(querySide.get("/calendar-feeds/" + "A".repeat(43) + ".ics", null, null).statusCode())
                .isEqualTo(404);
        assertThat(querySide.get("/calendar-feeds/not-a-secret.ics", null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void everyFetchIsInTheAccessAuditUnderThePersonItWasIssuedTo() throws Exception {
        String feed = issue(JORDAN_TOKEN);
        assertThat(get(feed).statusCode()).isEqualTo(200);

        JsonNode audit = JSON.readTree(querySide.get("/api/access-audit?subject=jordan-login", null,
                TestIssuer.shared().person("audit", Role.COMPLIANCE)).body());
        assertThat(audit.path("items").findValuesAsText("endpoint")).contains("/calendar-feeds/{secret}.ics");
        assertThat(audit.toString()).doesNotContain(URI.create(feed).getPath());
    }

    private String issue(String token) throws Exception {
        HttpResponse<String> issued = querySide.send("POST", "/api/calendar-feed", token);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        assertThat(issued.headers().firstValue("Cache-Control")).hasValue("no-store");
        return JSON.readTree(issued.body()).path("url").asText();
    }

    private String fetch(String url) throws Exception {
        HttpResponse<String> answer = get(url);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/calendar"));
        return answer.body();
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return querySide.get(URI.create(url).getPath(), null, null);
    }

    private static JsonNode schedule() throws Exception {
        return JSON.readTree(querySide.get("/api/treatment-plans/" + PLAN.value() + "/schedule").body());
    }

    private static Map<Instant, VEvent> events(String ics) throws Exception {
        Map<Instant, VEvent> byStart = new TreeMap<>();
        for (VEvent event : new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponents(Component.VEVENT)) {
            assertThat(event.getSummary().getValue()).isEqualTo("Appointment");
            byStart.put(Instant.from(event.getStartDate().orElseThrow().getDate()), event);
        }
        return byStart;
    }

    private static int sequence(VEvent event) {
        return event.<Sequence>getProperty(Property.SEQUENCE).orElseThrow().getSequenceNo();
    }

    private static String status(VEvent event) {
        return event.<Status>getProperty(Property.STATUS).orElseThrow().getValue();
    }

    private String at(int day) {
        return tomorrow.plus(day, ChronoUnit.DAYS).toString();
    }
}
