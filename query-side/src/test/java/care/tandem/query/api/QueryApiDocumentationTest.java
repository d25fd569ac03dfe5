package care.tandem.query.api;

import care.tandem.access.testing.TestIssuer;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.serialization.TandemSerialization;
import care.tandem.query.testing.PlanStream;
import care.tandem.query.testing.RunningQuerySide;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static care.tandem.query.testing.PlanFixtures.AVERY;
import static care.tandem.query.testing.PlanFixtures.AVERY_NAME;
import static care.tandem.query.testing.PlanFixtures.CLINICIAN;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static care.tandem.query.testing.PlanFixtures.JORDAN_NAME;
import static care.tandem.query.testing.PlanFixtures.PLAN;
import static care.tandem.query.testing.PlanFixtures.attendance;
import static care.tandem.query.testing.PlanFixtures.attendedTogether;
import static care.tandem.query.testing.PlanFixtures.cancelled;
import static care.tandem.query.testing.PlanFixtures.corrected;
import static care.tandem.query.testing.PlanFixtures.jordanAbsent;
import static care.tandem.query.testing.PlanFixtures.late;
import static care.tandem.query.testing.PlanFixtures.makeupAttendedByJordan;
import static care.tandem.query.testing.PlanFixtures.makeupOfferedToJordan;
import static care.tandem.query.testing.PlanFixtures.makeupScheduled;
import static care.tandem.query.testing.PlanFixtures.opened;
import static care.tandem.query.testing.PlanFixtures.partnersInformed;
import static care.tandem.query.testing.PlanFixtures.paused;
import static care.tandem.query.testing.PlanFixtures.present;
import static care.tandem.query.testing.PlanFixtures.scheduled;
import static care.tandem.query.testing.PlanFixtures.summaryOfferedToJordan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The query API's OpenAPI document: every operation is there with its period and paging parameters, its problems and
 * an example answer, and every example has exactly the fields of the live answer to the same request.
 */
class QueryApiDocumentationTest {

    @RegisterExtension
    static final RunningQuerySide querySide = new RunningQuerySide();

    private static final ObjectMapper json = TandemSerialization.objectMapper();
    private static final String EVERYTHING = TestIssuer.shared().everything("test-reader");

    /** The examples speak of the walkthrough's couple; the live app knows the fixtures' couple. */
    private static final Map<String, String> LIVE_IDS = Map.of(
            "plan-1", PLAN.value(), "p-alex", AVERY.value(), "p-sam", JORDAN.value(), "c-rivera", CLINICIAN.value(),
            "Alex", AVERY_NAME, "Sam", JORDAN_NAME);

    @BeforeAll
    static void aCouplesFirstWeeks() {
        PlanStream plan = new PlanStream(PLAN);
        querySide.publish(List.of(
                plan.next(opened()),
                plan.next(scheduled("s-1", "2026-03-02T15:00:00Z")),
                plan.next(scheduled("s-2", "2026-03-04T15:00:00Z")),
                plan.next(scheduled("s-3", "2026-03-09T15:00:00Z")),
                plan.next(attendedTogether("s-1")),
                plan.next(jordanAbsent("s-2", AbsenceReason.SCHEDULING_CONFLICT, null)),
                plan.next(partnersInformed("s-2")),
                plan.next(summaryOfferedToJordan("s-2")),
                plan.next(makeupOfferedToJordan("s-2")),
                plan.next(makeupScheduled("m-1", "2026-03-05T15:00:00Z", "s-2")),
                plan.next(attendance("m-1", present(JORDAN))),
                plan.next(makeupAttendedByJordan("s-2", "m-1")),
                plan.next(corrected("s-1", late(JORDAN, 10), "joined late from another room")),
                plan.next(paused()),
                plan.next(cancelled("s-3"))));
        await().atMost(Duration.ofSeconds(60)).until(() -> QueryApiExamples.all().stream()
                .filter(endpoint -> endpoint.method().equals("GET"))
                .allMatch(endpoint -> status(endpoint) == 200));
    }

    @Test
    void documentsEveryOperationWithItsParametersProblemsAndAnExampleAnswer() throws Exception {
        JsonNode document = json.readTree(querySide.get("/v3/api-docs").body());

        List<String> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
                operation -> operations.add(operation.getKey().toUpperCase() + " " + path.getKey())));
        assertThat(operations).containsExactlyInAnyOrderElementsOf(
                QueryApiExamples.all().stream().map(QueryApiExamples.Endpoint::key).toList());

        JsonNode clinicianWeek = document.at("/paths/~1api~1clinicians~1{clinicianId}~1schedule/get");
        assertThat(parameterNames(clinicianWeek)).containsExactlyInAnyOrder("clinicianId", "week", "month", "from",
                                                                            "to");
        assertThat(clinicianWeek.at("/responses/200/content/application~1json/example").isObject()).isTrue();
        assertThat(clinicianWeek.at("/responses/400/content/application~1problem+json/examples").size()).isEqualTo(2);
        JsonNode audit = document.at("/paths/~1api~1treatment-plans~1{planId}~1attendance-audit/get");
        assertThat(parameterNames(audit)).containsExactlyInAnyOrder("planId", "page", "size");
        assertThat(audit.at("/responses/404/content/application~1problem+json/examples/plan-not-found").isObject())
                .isTrue();
        assertThat(document.at("/components/schemas").has("Period")).isFalse();
        assertThat(document.at("/components/schemas").has("PageRequest")).isFalse();
    }

    @Test
    void everyExampleAnswerHasTheFieldsOfTheLiveAnswer() throws Exception {
        Map<String, List<String>> differences = new LinkedHashMap<>();
        for (QueryApiExamples.Endpoint endpoint : QueryApiExamples.all()) {
            HttpResponse<String> live = request(endpoint);
            List<String> found = new ArrayList<>();
            if (live.statusCode() / 100 != 2) {
                found.add("live status " + live.statusCode() + ": " + live.body());
            } else if (!endpoint.hasAnswer()) {
                if (!live.body().isEmpty()) {
                    found.add("documented without an answer, answered " + live.body());
                }
            } else {
                compare("$", json.readTree(endpoint.answer()), json.readTree(live.body()), found);
            }
            if (!found.isEmpty()) {
                found.add("live answer: " + live.body());
                differences.put(endpoint.key(), found);
            }
        }
        assertThat(differences).isEmpty();
    }

    private static int status(QueryApiExamples.Endpoint endpoint) {
        try {
            return request(endpoint).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static HttpResponse<String> request(QueryApiExamples.Endpoint endpoint) throws Exception {
        String path = endpoint.path().replace("{planId}", "plan-1").replace("{participantId}", "p-sam")
                .replace("{clinicianId}", "c-rivera").replace("{readModel}", "schedule")
                .replace("{carePlanId}", "plan-1").replace("{type}", "Appointment").replace("{resourceId}", "plan-1.s-1")
                + endpoint.query();
        for (Map.Entry<String, String> id : LIVE_IDS.entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }
        return switch (endpoint.method()) {
            case "GET" -> querySide.get(path);
            case "POST" -> querySide.post(path);
            default -> querySide.send(endpoint.method(), path, EVERYTHING);
        };
    }

    /** The same field names at every level; arrays compare their first elements, nulls match anything. */
    private static void compare(String at, JsonNode example, JsonNode live, List<String> differences) {
        if (example.isNull() || live.isNull()) {
            return;
        }
        if (example.isObject() && live.isObject()) {
            TreeSet<String> exampleFields = fieldNames(example);
            TreeSet<String> liveFields = fieldNames(live);
            if (!exampleFields.equals(liveFields)) {
                differences.add(at + ": example has " + exampleFields + ", live has " + liveFields);
            }
            exampleFields.stream().filter(live::has)
                    .forEach(field -> compare(at + "." + field, example.get(field), live.get(field), differences));
        } else if (example.isArray() && live.isArray()) {
            if (!example.isEmpty() && !live.isEmpty()) {
                compare(at + "[0]", example.get(0), live.get(0), differences);
            }
        } else if (example.isContainerNode() || live.isContainerNode()) {
            differences.add(at + ": example is " + example.getNodeType() + ", live is " + live.getNodeType());
        }
    }

    private static TreeSet<String> fieldNames(JsonNode node) {
        TreeSet<String> names = new TreeSet<>();
        for (Iterator<String> fields = node.fieldNames(); fields.hasNext(); ) {
            names.add(fields.next());
        }
        return names;
    }

    private static List<String> parameterNames(JsonNode operation) {
        List<String> names = new ArrayList<>();
        operation.path("parameters").forEach(parameter -> names.add(parameter.path("name").asText()));
        return names;
    }
}
