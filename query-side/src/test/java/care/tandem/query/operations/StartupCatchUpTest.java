package care.tandem.query.operations;

import care.tandem.events.id.PlanId;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.events.plan.UnitKind;
import care.tandem.query.testing.PlanStream;
import care.tandem.query.testing.RunningQuerySide;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
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
 * A query side that starts on a feed holding events its read models have not handled (as every start on the
 * in-memory store does) is not ready until they have: here the plan directory cannot get past the second plan until a
 * unique index in its way goes. Readiness says what it is waiting for; the liveness probe stays up.
 */
class StartupCatchUpTest {

    private static final Duration WITHIN = Duration.ofSeconds(60);

    @RegisterExtension
    static final RunningQuerySide querySide = new RunningQuerySide(beforeStart -> {
        beforeStart.databaseBeforeStart().getCollection("plan-directory").createIndex(Indexes.ascending("unitKind"),
                new IndexOptions().unique(true).name("one-per-kind"));
        beforeStart.publish(List.of(new PlanStream(PlanId.of("plan-a")).next(opened("plan-a")),
                                    new PlanStream(PlanId.of("plan-b")).next(opened("plan-b"))));
    });

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void notReadyUntilEveryReadModelHasHandledTheFeedAsItWasAtStart() throws Exception {
        await().atMost(WITHIN).untilAsserted(() -> {
            HttpResponse<String> readiness = querySide.get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(json.readTree(readiness.body()).at("/components/readModels/details/catchingUp").asText())
                    .endsWith("events of the feed as it was at start still to handle");
        });
        assertThat(querySide.get("/actuator/health/liveness").statusCode()).isEqualTo(200);

        querySide.database().getCollection("plan-directory").dropIndex("one-per-kind");

        await().atMost(WITHIN).untilAsserted(() ->
                assertThat(querySide.get("/actuator/health/readiness").statusCode()).isEqualTo(200));
        assertThat(querySide.get("/api/treatment-plans/plan-b").statusCode()).isEqualTo(200);
    }

    private static TreatmentPlanOpened opened(String planId) {
        return new TreatmentPlanOpened(PlanId.of(planId), UnitKind.COUPLE,
                List.of(partner(AVERY, "Avery Quinn"), partner(JORDAN, "Jordan Quinn")), CLINICIAN,
                LevelOfCare.IOP_ADULT, Instant.parse("2026-03-01T09:00:00Z"));
    }
}
