package care.tandem.query.operations;

import care.tandem.events.id.PlanId;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.events.plan.UnitKind;
import care.tandem.query.testing.PlanStream;
import care.tandem.query.testing.RunningQuerySide;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static care.tandem.query.testing.PlanFixtures.AVERY;
import static care.tandem.query.testing.PlanFixtures.CLINICIAN;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static care.tandem.query.testing.PlanFixtures.partner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A read model whose writes fail on every retry (here a unique index its documents cannot satisfy, as the crashed
 * wire server's duplicate keys did) is reported, not hidden: its status says STALLED with the reason and where it is
 * stuck, readiness goes down, the gauge rises and every answer says the read model's answers are stale. Once the
 * cause is gone it recovers by itself and all of that clears.
 */
class StalledReadModelTest {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final String DIRECTORY = "plan-directory";

    @RegisterExtension
    static final RunningQuerySide querySide = new RunningQuerySide();

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aReadModelThatFailsEveryRetryIsReportedStalledAndRecoversOnceItCan() throws Exception {
        MongoCollection<Document> directory = querySide.database().getCollection(DIRECTORY);
        directory.createIndex(Indexes.ascending("unitKind"), new IndexOptions().unique(true).name("one-per-kind"));
        querySide.publish(List.of(new PlanStream(PlanId.of("plan-a")).next(opened("plan-a")),
                                  new PlanStream(PlanId.of("plan-b")).next(opened("plan-b"))));

        await().atMost(WITHIN).untilAsserted(() -> {
            JsonNode health = status().path("health");
            assertThat(health.path("state").asText()).isEqualTo("STALLED");
            assertThat(health.path("reason").asText()).contains("MongoBulkWriteException", "back-off");
            assertThat(health.path("stuckAt")).isNotEmpty();
        });
        HttpResponse<String> readiness = querySide.get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(json.readTree(readiness.body()).at("/components/readModels/details/" + DIRECTORY).asText())
                .contains("MongoBulkWriteException");
        assertThat(querySide.get("/api/clinic").headers().firstValue(ReadModelHeaders.STALE))
                .hasValueSatisfying(stale -> assertThat(stale).contains(DIRECTORY + " (stalled: failing on"));
        assertThat(querySide.get("/actuator/prometheus").body())
                .contains("tandem_read_model_stalled{application=\"query-side\",readModel=\"" + DIRECTORY + "\"} 1.0");

        directory.dropIndex("one-per-kind");

        await().atMost(WITHIN).untilAsserted(() -> {
            assertThat(status().path("health").path("state").asText()).isEqualTo("CURRENT");
            assertThat(querySide.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
            assertThat(querySide.get("/api/clinic").headers().firstValue(ReadModelHeaders.STALE)).isEmpty();
        });
        assertThat(querySide.get("/api/treatment-plans/plan-b").statusCode()).isEqualTo(200);
    }

    private static TreatmentPlanOpened opened(String planId) {
        return new TreatmentPlanOpened(PlanId.of(planId), UnitKind.COUPLE,
                List.of(partner(AVERY, "Avery Quinn"), partner(JORDAN, "Jordan Quinn")), CLINICIAN,
                LevelOfCare.IOP_ADULT, Instant.parse("2026-03-01T09:00:00Z"));
    }

    private JsonNode status() throws Exception {
        HttpResponse<String> answer = querySide.get("/api/operations/read-models/" + DIRECTORY);
        assertThat(answer.statusCode()).isEqualTo(200);
        return json.readTree(answer.body());
    }
}
