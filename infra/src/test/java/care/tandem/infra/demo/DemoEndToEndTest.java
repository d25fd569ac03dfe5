package care.tandem.infra.demo;

import care.tandem.access.MachineScope;
import care.tandem.access.testing.TestIssuer;
import care.tandem.infra.platform.PlatformClient;
import care.tandem.infra.platform.PlatformSettings;
import care.tandem.infra.platform.TandemPlatform;
import care.tandem.infra.platform.TestPlatforms;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A small demo program seeded into the embedded platform through the command API: every command accepted, a
 * second run a week later (same data directory) answered from the stored answers without a single new event, and
 * every seeded plan's schedule served by the query side.
 */
class DemoEndToEndTest {

    private static final Supplier<String> SEEDER = () -> TestIssuer.shared().machine(
            "tandem-seeder", MachineScope.PLANS_WRITE, MachineScope.PLANS_READ);

    private static final Supplier<String> READER = () -> TestIssuer.shared().machine(
            "tandem-seeder", MachineScope.PLANS_READ);
    private static final DemoSize SMALL = new DemoSize(6, 1, 3);
    private static final Duration PROPAGATION = Duration.ofSeconds(90);

    @TempDir
    Path data;

    @Test
    void aSmallProgramIsAcceptedAndASecondRunChangesNothing() throws SQLException {
        PlatformSettings settings = TestPlatforms.onFreePorts(data);
        try (TandemPlatform platform = TandemPlatform.start(settings)) {
            DemoRunner runner = new DemoRunner(platform.commandSideUrl(), DemoRunner.DEFAULT_CONCURRENCY,
                    SEEDER);
            ZoneId clinic = ZoneId.of("UTC");

            DemoSeeder.Seeded first = new DemoSeeder(data, runner, Clock.systemUTC()).seed(7, SMALL, clinic);
            assertThat(first.run().replayed()).isZero();
            long events = storedEvents(platform);
            assertThat(events).isGreaterThanOrEqualTo(first.run().commands());

            // A week later the program is still the data directory's own: same script, nothing applied twice.
            Clock aWeekLater = Clock.offset(Clock.systemUTC(), Duration.ofDays(8));
            DemoSeeder.Seeded second = new DemoSeeder(data, runner, aWeekLater).seed(7, SMALL, clinic);
            assertThat(second.script().steps()).isEqualTo(first.script().steps());
            assertThat(second.run().replayed()).isEqualTo(second.run().commands());
            assertThat(storedEvents(platform)).isEqualTo(events);

            Map<String, Long> scheduledByPlan = first.script().steps().stream()
                    .filter(step -> step.path().endsWith("/sessions") || step.path().endsWith("/joint-sessions"))
                    .collect(Collectors.groupingBy(DemoStep::planId, Collectors.counting()));
            for (DemoPlan plan : first.script().plans()) {
                await().atMost(PROPAGATION).untilAsserted(() -> {
                    JsonNode schedule = schedule(platform, plan.planId());
                    assertThat(schedule.path("sessions").size()).isGreaterThanOrEqualTo(
                            scheduledByPlan.get(plan.planId()).intValue());
                    assertThat(schedule.path("discharged").asBoolean())
                            .isEqualTo(plan.role() == DemoRole.DISCHARGED);
                    assertThat(schedule.path("couplesTherapy").path("paused").asBoolean())
                            .isEqualTo(plan.role() == DemoRole.PAUSE_ACTIVE);
                });
            }
        }
    }

    /** Read as the seeder would: a trusted system's {@code plans.read}. */
    private static JsonNode schedule(TandemPlatform platform, String planId) {
        PlatformClient.Response response = new PlatformClient(platform, READER)
                .query("/api/treatment-plans/" + planId + "/schedule");
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private static long storedEvents(TandemPlatform platform) throws SQLException {
        try (Connection connection = DriverManager.getConnection(platform.postgresJdbcUrl(),
                platform.postgresUsername(), platform.postgresPassword());
             Statement query = connection.createStatement();
             ResultSet count = query.executeQuery("select count(*) from domainevententry")) {
            count.next();
            return count.getLong(1);
        }
    }
}
