package care.tandem.query.operations;

import care.tandem.query.testing.PlanStream;
import care.tandem.query.testing.RunningQuerySide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static care.tandem.query.testing.PlanFixtures.AVERY;
import static care.tandem.query.testing.PlanFixtures.AVERY_NAME;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static care.tandem.query.testing.PlanFixtures.PLAN;
import static care.tandem.query.testing.PlanFixtures.opened;
import static care.tandem.query.testing.PlanFixtures.scheduled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The query side's probes and Prometheus metrics over a real Kafka broker and the Mongo wire server. */
class QueryOperationalEndpointsTest {

    @RegisterExtension
    static final RunningQuerySide querySide = new RunningQuerySide();

    @Test
    void isReadyOnceMongoAndKafkaAnswer() throws Exception {
        assertThat(querySide.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        HttpResponse<String> readiness = querySide.get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"mongo\":{\"status\":\"UP\"").contains("\"kafka\":{\"status\":\"UP\"");
    }

    @Test
    void exposesProjectionAndConsumerLagPerReadModelWithoutIdsOfPeople() throws Exception {
        PlanStream plan = new PlanStream(PLAN);
        querySide.publish(List.of(plan.next(opened()), plan.next(scheduled("s-1", "2026-03-02T15:00:00Z"))));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(scrape())
                .contains("tandem_projection_lag_seconds_count{application=\"query-side\",readModel=\"schedule\"} 2")
                .contains("tandem_kafka_consumer_lag_events{application=\"query-side\",readModel=\"schedule\"} 0.0")
                .contains("tandem_kafka_consumer_lag_events{application=\"query-side\","
                                  + "readModel=\"weekly-hours\"} 0.0"));
        assertThat(scrape()).doesNotContain(PLAN.value(), AVERY.value(), JORDAN.value(), AVERY_NAME);
    }

    private static String scrape() throws Exception {
        return querySide.get("/actuator/prometheus").body().lines()
                .filter(line -> !line.startsWith("#"))
                .collect(Collectors.joining("\n"));
    }
}
