package care.tandem.query.operations;

import care.tandem.events.consent.ConsentAttestation;
import care.tandem.events.consent.ConsentGranted;
import care.tandem.events.consent.ConsentRecipient;
import care.tandem.events.consent.ConsentRevoked;
import care.tandem.events.consent.DisclosedInformation;
import care.tandem.events.consent.DisclosurePurpose;
import care.tandem.events.consent.InformationDisclosed;
import care.tandem.events.id.ConsentId;
import care.tandem.events.id.DisclosureId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.serialization.TandemSerialization;
import care.tandem.query.testing.PlanStream;
import care.tandem.query.testing.RunningQuerySide;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static care.tandem.query.testing.PlanFixtures.AVERY;
import static care.tandem.query.testing.PlanFixtures.AVERY_NAME;
import static care.tandem.query.testing.PlanFixtures.CLINICIAN;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static care.tandem.query.testing.PlanFixtures.JORDAN_NAME;
import static care.tandem.query.testing.PlanFixtures.attendedTogether;
import static care.tandem.query.testing.PlanFixtures.cancelled;
import static care.tandem.query.testing.PlanFixtures.corrected;
import static care.tandem.query.testing.PlanFixtures.jordanAbsent;
import static care.tandem.query.testing.PlanFixtures.late;
import static care.tandem.query.testing.PlanFixtures.makeupOfferedToJordan;
import static care.tandem.query.testing.PlanFixtures.opened;
import static care.tandem.query.testing.PlanFixtures.partnersInformed;
import static care.tandem.query.testing.PlanFixtures.paused;
import static care.tandem.query.testing.PlanFixtures.resumed;
import static care.tandem.query.testing.PlanFixtures.scheduled;
import static care.tandem.query.testing.PlanFixtures.summaryOfferedToJordan;
import static com.mongodb.client.model.Sorts.ascending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rebuilds over a real Kafka broker and the Mongo wire server, driven through the operations endpoints the way an
 * operator would: the rebuilt read models must hold exactly the documents the live projections wrote.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReadModelRebuildTest {

    private static final String READ_MODELS = "/api/operations/read-models";
    /**
     * Axon keeps its tokens and dead letters beside the read models; a rebuild rewrites the tokens by design, and
     * clears only its own read model's dead letters (its processing group's), which this test has none of.
     */
    private static final Set<String> AXON_COLLECTIONS = Set.of("trackingtokens", "deadletters");
    private static final String STRAY_ID = "written-before-the-rebuild";
    private static final String TRAVEL = "travelling for work";
    private static final int PLANS = 20;
    private static final Duration WITHIN = Duration.ofSeconds(60);

    @RegisterExtension
    static final RunningQuerySide querySide = new RunningQuerySide();

    private static final ObjectMapper json = TandemSerialization.objectMapper();

    private static int eventsPublished;

    @BeforeAll
    static void projectSeveralPlans() {
        List<DomainEventMessage<?>> journeys = Stream.concat(IntStream.range(0, PLANS)
                .mapToObj(plan -> journeyOf(PlanId.of("plan-" + plan)))
                .flatMap(List::stream), averysConsentRecord().stream())
                .toList();
        querySide.publish(journeys);
        eventsPublished = journeys.size();
        await().atMost(WITHIN).untilAsserted(() -> assertThat(readModels())
                .allSatisfy(readModel -> assertThat(readModel.path("eventsBehind").asLong(-1)).isZero()));
    }

    @Test
    void rebuildingEveryReadModelEndsInExactlyTheDocumentsTheLiveProjectionsWrote(CapturedOutput output)
            throws Exception {
        List<String> names = readModels().stream().map(readModel -> readModel.path("name").asText()).toList();
        assertThat(names).contains("schedule", "attendance-audit", "absent-partner-summary");
        Map<String, List<String>> live = readModelDocuments();
        assertThat(live.get("schedules")).hasSize(PLANS);
        Map<String, Double> lagTimedLive = lagCounts(names);
        // Anything the rebuild does not drop would survive it and show up in the comparison.
        live.keySet().forEach(collection -> querySide.database().getCollection(collection)
                .insertOne(new Document("_id", STRAY_ID)));

        HttpResponse<String> accepted = querySide.post(READ_MODELS + "/rebuild");

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.headers().firstValue("Location")).hasValue(READ_MODELS);
        assertThat(json.readTree(accepted.body())).extracting(started -> started.path("name").asText())
                .containsExactlyElementsOf(names);

        List<HttpResponse<String>> answeredDuringTheRebuild = new ArrayList<>();
        await().atMost(WITHIN).untilAsserted(() -> {
            answeredDuringTheRebuild.add(querySide.get("/api/treatment-plans/plan-3/schedule"));
            assertThat(readModels()).allSatisfy(readModel -> {
                JsonNode rebuild = readModel.path("rebuild");
                assertThat(rebuild.path("state").asText()).isEqualTo("COMPLETED");
                assertThat(rebuild.path("eventsHandled").asLong()).isEqualTo(eventsPublished);
                assertThat(rebuild.path("eventsToHandle").asLong()).isEqualTo(eventsPublished);
                assertThat(rebuild.path("percentage").asDouble()).isEqualTo(100.0);
                assertThat(readModel.path("eventsBehind").asLong()).isZero();
            });
        });

        assertThat(readModelDocuments()).isEqualTo(live);
        assertThat(answeredDuringTheRebuild).allSatisfy(answer -> assertThat(answer.statusCode())
                .as("the rebuilt read model answers from what it has so far").isIn(200, 404));
        assertThat(answeredDuringTheRebuild.get(0).headers().firstValue(ReadModelHeaders.REBUILDING))
                .hasValue(String.join(", ", names));
        assertThat(querySide.get("/api/treatment-plans/plan-3/schedule").headers()
                           .firstValue(ReadModelHeaders.REBUILDING))
                .isEmpty();
        for (String name : names) {
            assertThat(metric(ReadModelRebuilds.PROGRESS_METRIC, name, "VALUE")).isEqualTo(100.0);
            assertThat(metric(ReadModelRebuilds.RATE_METRIC, name, "VALUE")).isPositive();
            assertThat(metric(ReadModelRebuilds.REMAINING_METRIC, name, "VALUE")).isZero();
        }
        assertThat(lagCounts(names)).as("replayed events are not timed").isEqualTo(lagTimedLive);
        assertThat(lagTimedLive).allSatisfy((name, timed) -> assertThat(timed).isPositive());
        assertThat(output).contains("Rebuilt read model schedule: " + eventsPublished + " events")
                .doesNotContain(AVERY_NAME, JORDAN_NAME, TRAVEL);
    }

    @Test
    void aReadModelIsRebuiltOnceAtATime() throws Exception {
        HttpResponse<String> accepted = querySide.post(READ_MODELS + "/schedule/rebuild");
        HttpResponse<String> again = querySide.post(READ_MODELS + "/schedule/rebuild");

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.headers().firstValue("Location")).hasValue(READ_MODELS + "/schedule");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(again.body());
        assertThat(problem.path("type").asText()).isEqualTo(RebuildInProgressException.TYPE.toString());
        assertThat(problem.path("readModels")).extracting(JsonNode::asText).containsExactly("schedule");

        await().atMost(WITHIN).untilAsserted(() -> assertThat(
                json.readTree(querySide.get(READ_MODELS + "/schedule").body()).path("rebuild").path("state").asText())
                .isEqualTo("COMPLETED"));
    }

    @Test
    void anUnknownReadModelIsAProblemListingTheReadModels() throws Exception {
        HttpResponse<String> response = querySide.post(READ_MODELS + "/Jane%20Doe/rebuild");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("type").asText()).isEqualTo(ReadModelNotFoundException.TYPE.toString());
        assertThat(problem.path("readModels")).extracting(JsonNode::asText).contains("schedule");
        assertThat(problem.path("detail").asText()).doesNotContain("Jane");
    }

    /** Every plan the same story: three joint sessions, a solo attendance with its follow-up, a pause, a correction. */
    /** A person's own consent stream, beside the plans': a consent, a disclosure under it, its revocation. */
    private static List<DomainEventMessage<?>> averysConsentRecord() {
        PlanStream consents = PlanStream.consentsOf(AVERY);
        PlanId plan = PlanId.of("plan-0");
        ConsentId consent = ConsentId.of("consent-rebuild");
        Instant at = Instant.parse("2026-03-09T18:00:00Z");
        return List.of(
                consents.next(new ConsentGranted(AVERY, consent, plan, ConsentRecipient.member(JORDAN),
                        List.of(DisclosedInformation.SESSION_SUMMARIES), DisclosurePurpose.COUPLES_OR_FAMILY_THERAPY,
                        null, null, true, ConsentAttestation.SIGNED_IN_SESSION, AVERY, at, CLINICIAN, at)),
                consents.next(new InformationDisclosed(AVERY, DisclosureId.of("d-rebuild"), consent, plan,
                        SessionId.of("s-2"), JORDAN, DisclosedInformation.SESSION_SUMMARIES,
                        DisclosurePurpose.COUPLES_OR_FAMILY_THERAPY, "a summary", "the notice", CLINICIAN,
                        at.plusSeconds(60))),
                consents.next(new ConsentRevoked(AVERY, consent, CLINICIAN, at.plusSeconds(120))));
    }

    private static List<DomainEventMessage<?>> journeyOf(PlanId planId) {
        PlanStream plan = new PlanStream(planId);
        return List.of(opened(), scheduled("s-1", "2026-03-02T15:00:00Z"), scheduled("s-2", "2026-03-09T15:00:00Z"),
                       scheduled("s-3", "2026-03-16T15:00:00Z"), attendedTogether("s-1"),
                       jordanAbsent("s-2", AbsenceReason.OTHER, TRAVEL), partnersInformed("s-2"),
                       summaryOfferedToJordan("s-2"), makeupOfferedToJordan("s-2"), paused(), cancelled("s-3"),
                       resumed(), corrected("s-2", late(JORDAN, 20), "arrived after the check-in"))
                .stream()
                .<DomainEventMessage<?>>map(event -> plan.next(ofPlan(event, planId)))
                .toList();
    }

    /** The fixtures' events are all of one plan; the same event of another plan differs only in its plan id. */
    private static Object ofPlan(Object event, PlanId planId) {
        ObjectNode fields = json.valueToTree(event);
        fields.put("planId", planId.value());
        try {
            return json.treeToValue(fields, event.getClass());
        } catch (IOException e) {
            throw new IllegalStateException("An event of the fixtures does not read back", e);
        }
    }

    /** Every read model collection, each document as exact BSON (extended JSON keeps every type), by {@code _id}. */
    private static Map<String, List<String>> readModelDocuments() {
        JsonWriterSettings exact = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();
        Map<String, List<String>> documents = new TreeMap<>();
        MongoDatabase database = querySide.database();
        for (String collection : database.listCollectionNames()) {
            if (!AXON_COLLECTIONS.contains(collection)) {
                documents.put(collection, database.getCollection(collection, RawBsonDocument.class).find()
                        .sort(ascending("_id"))
                        .map(document -> document.toJson(exact))
                        .into(new ArrayList<>()));
            }
        }
        return documents;
    }

    private static Map<String, Double> lagCounts(List<String> readModels) throws Exception {
        Map<String, Double> counts = new TreeMap<>();
        for (String readModel : readModels) {
            counts.put(readModel, metric(ProjectionLag.METRIC, readModel, "COUNT"));
        }
        return counts;
    }

    private static double metric(String metric, String readModel, String statistic) throws Exception {
        HttpResponse<String> response = querySide.get("/actuator/metrics/" + metric + "?tag="
                                                      + ProjectionLag.READ_MODEL_TAG + ":" + readModel);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(json.readTree(response.body()).path("measurements").spliterator(), false)
                .filter(measurement -> measurement.path("statistic").asText().equals(statistic))
                .mapToDouble(measurement -> measurement.path("value").asDouble())
                .findFirst().orElseThrow();
    }

    private static List<JsonNode> readModels() throws Exception {
        HttpResponse<String> response = querySide.get(READ_MODELS);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> readModels = new ArrayList<>();
        json.readTree(response.body()).forEach(readModels::add);
        assertThat(readModels).isNotEmpty();
        return readModels;
    }
}
