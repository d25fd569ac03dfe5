package care.tandem.query.operations;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.events.plan.UnitKind;
import care.tandem.query.testing.PlanStream;
import care.tandem.query.testing.RunningQuerySide;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static care.tandem.query.testing.PlanFixtures.AVERY;
import static care.tandem.query.testing.PlanFixtures.CLINICIAN;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static care.tandem.query.testing.PlanFixtures.PLAN;
import static care.tandem.query.testing.PlanFixtures.opened;
import static care.tandem.query.testing.PlanFixtures.partner;
import static care.tandem.query.testing.PlanFixtures.scheduled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event the projections cannot apply (a session in year 99999, which no ISO week holds) written straight into the
 * feed: it parks with its plan's later events in the read models it breaks, every other plan keeps flowing, and an
 * operator sees it, retries it and evicts it; a rebuild parks it again.
 */
class PoisonEventTest {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final String CALENDAR = "clinician-calendar";
    private static final String DEAD_LETTERS = "/api/operations/read-models/" + CALENDAR + "/dead-letters";
    private static final PlanId OTHER = PlanId.of("plan-8");
    private static final ClinicianId OTHER_CLINICIAN = ClinicianId.of("c-ortiz");

    @RegisterExtension
    static final RunningQuerySide querySide = new RunningQuerySide();

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aPoisonEventParksItsPlanWhileEveryOtherPlanFlowsAndAnOperatorRetriesAndEvictsIt() throws Exception {
        PlanStream poisoned = new PlanStream(PLAN);
        PlanStream healthy = new PlanStream(OTHER);
        querySide.publish(List.of(
                poisoned.next(opened()),
                poisoned.next(scheduled("s-1", "2026-03-02T15:00:00Z")),
                poisoned.next(scheduled("s-poison", "+99999-12-16T18:00:00Z")),
                poisoned.next(scheduled("s-2", "2026-03-04T15:00:00Z")),
                healthy.next(new TreatmentPlanOpened(OTHER, UnitKind.COUPLE,
                        List.of(partner(AVERY, "Avery Quinn"), partner(JORDAN, "Jordan Quinn")), OTHER_CLINICIAN,
                        LevelOfCare.IOP_ADULT, Instant.parse("2026-03-01T09:00:00Z"))),
                healthy.next(new SessionScheduled(OTHER, SessionId.of("s-other"), SessionKind.COUPLES,
                        Instant.parse("2026-03-03T15:00:00Z"), 60, OTHER_CLINICIAN, List.of(AVERY, JORDAN),
                        LocationMode.SAME_LOCATION, null, null))));

        await().atMost(WITHIN).untilAsserted(() -> {
            assertThat(sessionIds("/api/clinicians/" + OTHER_CLINICIAN + "/schedule?week=2026-W10"))
                    .containsExactly("s-other");
            assertThat(status().path("deadLetters").asLong()).isEqualTo(2);
            assertThat(status().path("eventsBehind").asLong()).isZero();
        });
        // Before the poison, the plan's session is in the calendar; nothing of the poison or after it is.
        assertThat(sessionIds("/api/clinicians/" + CLINICIAN + "/schedule?week=2026-W10")).containsExactly("s-1");
        JsonNode parked = get(DEAD_LETTERS);
        assertThat(parked.path("parkedPlans").asLong()).isEqualTo(1);
        JsonNode events = parked.at("/plans/0/events");
        assertThat(parked.at("/plans/0/planId").asText()).isEqualTo(PLAN.value());
        assertThat(events.get(0).path("sequenceNumber").asLong()).isEqualTo(2);
        assertThat(events.get(0).path("causeType").asText()).isNotEmpty();
        assertThat(events.get(1).path("sequenceNumber").asLong()).isEqualTo(3);
        assertThat(events.get(1).path("causeType").isNull()).isTrue();
        assertThat(querySide.get("/actuator/prometheus").body())
                .contains("tandem_read_model_dead_letters_events{application=\"query-side\",readModel=\"" + CALENDAR
                        + "\"} 2.0");

        JsonNode retried = post(DEAD_LETTERS + "/" + PLAN + "/retry");
        assertThat(retried.path("cleared").asLong()).isZero();
        assertThat(retried.path("deadLetters").asLong()).isEqualTo(2);
        assertThat(post(DEAD_LETTERS + "/retry").path("cleared").asLong()).isZero();

        JsonNode evicted = post(DEAD_LETTERS + "/" + PLAN + "/evict");
        assertThat(evicted.path("cleared").asLong()).isEqualTo(1);
        assertThat(evicted.path("deadLetters").asLong()).isZero();
        assertThat(post(DEAD_LETTERS + "/" + PLAN + "/evict").path("cleared").asLong()).isZero();

        // Once evicted, the plan's next events are applied again.
        querySide.publish(List.of(poisoned.next(scheduled("s-3", "2026-03-06T15:00:00Z"))));
        await().atMost(WITHIN).untilAsserted(() ->
                assertThat(sessionIds("/api/clinicians/" + CLINICIAN + "/schedule?week=2026-W10"))
                        .containsExactly("s-1", "s-3"));
        assertThat(status().path("deadLetters").asLong()).isZero();

        // A rebuild clears the queue with the documents, and the replay parks the poison again instead of sticking.
        assertThat(querySide.post("/api/operations/read-models/" + CALENDAR + "/rebuild").statusCode()).isEqualTo(202);
        await().atMost(WITHIN).untilAsserted(() -> {
            assertThat(status().at("/rebuild/state").asText()).isEqualTo("COMPLETED");
            assertThat(status().path("deadLetters").asLong()).isEqualTo(3);
        });
        assertThat(sessionIds("/api/clinicians/" + CLINICIAN + "/schedule?week=2026-W10")).containsExactly("s-1");
    }

    private JsonNode status() throws Exception {
        return get("/api/operations/read-models/" + CALENDAR);
    }

    private List<String> sessionIds(String clinicianWeek) throws Exception {
        JsonNode week = get(clinicianWeek);
        return week.findValues("sessionId").stream().map(JsonNode::asText).distinct().toList();
    }

    private JsonNode get(String path) throws Exception {
        var answer = querySide.get(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private JsonNode post(String path) throws Exception {
        var answer = querySide.post(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return json.readTree(answer.body());
    }
}
