package care.tandem.infra.platform;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The compliance replay equals a fold of the event store itself: a seeded-random history with corrections is driven
 * through the command API of the real platform, the plan's events are read straight from PostgreSQL and folded here,
 * and the query API's answer is compared with that fold with no timeline, as of every event's timestamp (and just
 * before the first), about what occurred before every session start, and with both timelines at once.
 * <p>
 * A failure names the seed; {@code -Dtandem.proof.seed=<seed>} replays that history.
 */
class AttendanceHistoryProofTest {

    private static final Duration PROPAGATION = Duration.ofSeconds(60);
    private static final int COMMANDS = 90;
    private static final String PLAN = "plan-proof";
    private static final String HISTORY = "/api/compliance/treatment-plans/" + PLAN + "/attendance-history";

    @TempDir
    Path data;

    @Test
    void theComplianceReplayEqualsAFoldOfThePlansEventsInTheStore() throws Exception {
        long seed = Long.getLong("tandem.proof.seed", new Random().nextLong());
        try {
            proveWith(seed);
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("The replay differs from the fold of the event store for seed " + seed
                    + " (replay it with -Dtandem.proof.seed=" + seed + ")", e);
        }
    }

    private void proveWith(long seed) throws Exception {
        PlatformSettings settings = TestPlatforms.onFreePorts(data);
        try (TandemPlatform platform = TandemPlatform.start(settings)) {
            PlatformClient client = new PlatformClient(platform);
            RandomAttendanceHistory history = new RandomAttendanceHistory(seed, client, PLAN);
            history.drive(COMMANDS);

            List<DomainEventMessage<?>> events = EventStoreFold.storedEvents(platform, PLAN,
                    data.resolve("keys").resolve("master-key.json"));
            Replay everything = EventStoreFold.fold(events, null, null);
            assertThat(everything.facts()).as("the history has corrections to prove anything with")
                    .anyMatch(fact -> fact.kind().equals("CORRECTION"));
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(replay(client, null, null))
                    .isEqualTo(everything));

            List<Instant> asOfs = new ArrayList<>();
            asOfs.add(events.get(0).getTimestamp().minusMillis(1));
            events.forEach(event -> asOfs.add(event.getTimestamp()));
            for (Instant asOf : asOfs) {
                assertThat(replay(client, asOf, null)).as("as of %s", asOf)
                        .isEqualTo(EventStoreFold.fold(events, asOf, null));
            }
            for (Instant sessionStart : history.sessionStarts()) {
                assertThat(replay(client, null, sessionStart)).as("occurred before %s", sessionStart)
                        .isEqualTo(EventStoreFold.fold(events, null, sessionStart));
            }
            Random pairs = new Random(seed);
            for (int i = 0; i < 20; i++) {
                Instant asOf = asOfs.get(pairs.nextInt(asOfs.size()));
                Instant occurredBefore = history.sessionStarts().get(pairs.nextInt(history.sessionStarts().size()));
                assertThat(replay(client, asOf, occurredBefore)).as("as of %s, occurred before %s", asOf,
                        occurredBefore).isEqualTo(EventStoreFold.fold(events, asOf, occurredBefore));
            }
            assertTheReplayStatesWhetherTheStoreVerified(platform, client, events.size(), data);
        }
    }

    /**
     * The replay says the plan's history verified, through its last event; once one row is edited straight in
     * PostgreSQL, it says it did not, naming that event, and so does the operators' verification.
     */
    private static void assertTheReplayStatesWhetherTheStoreVerified(TandemPlatform platform, PlatformClient client,
                                                                      int events, Path data) throws SQLException {
        JsonNode verified = client.query(HISTORY).body().path("integrity");
        assertThat(verified.path("status").asText()).as("%s", verified).isEqualTo("VERIFIED");
        assertThat(verified.path("throughSequence").asLong()).isEqualTo(events - 1);
        Map<String, String> cli = Map.of("TANDEM_DATA_DIR", data.toString(),
                "TANDEM_POSTGRES_URL", platform.postgresJdbcUrl(), "TANDEM_POSTGRES_USER", platform.postgresUsername(),
                "TANDEM_POSTGRES_PASSWORD", platform.postgresPassword());
        assertThat(verifyWithTheCli(cli, "--plan=" + PLAN)).startsWith("0 ");
        assertThat(verifyWithTheCli(cli)).as("the whole store").startsWith("0 ");

        long edited = events / 2;
        try (Connection connection = DriverManager.getConnection(platform.postgresJdbcUrl(),
                platform.postgresUsername(), platform.postgresPassword());
             PreparedStatement edit = connection.prepareStatement("update domainevententry set timestamp = "
                     + "'2020-01-01T00:00:00Z' where aggregateidentifier = ? and sequencenumber = ?")) {
            edit.setString(1, PLAN);
            edit.setLong(2, edited);
            assertThat(edit.executeUpdate()).isEqualTo(1);
        }
        JsonNode tampered = client.query(HISTORY).body().path("integrity");
        assertThat(tampered.path("status").asText()).as("%s", tampered).isEqualTo("NOT_VERIFIED");
        assertThat(tampered.path("firstMismatchSequence").asLong()).isEqualTo(edited);
        JsonNode operators = client.commandSideGet("/actuator/event-store?planId=" + PLAN).body();
        assertThat(operators.path("problems").get(0).path("streamId").asText()).isEqualTo(PLAN);
        assertThat(operators.path("problems").get(0).path("sequence").asLong()).isEqualTo(edited);
        assertThat(verifyWithTheCli(cli, "--plan=" + PLAN)).startsWith("1 ").contains("\"kind\" : \"ALTERED\"",
                "\"sequence\" : " + edited);
        assertThat(verifyWithTheCli(cli, "--nonsense")).startsWith("2 ");
    }

    /** The CLI's exit code, a space, and what it printed. */
    private static String verifyWithTheCli(Map<String, String> env, String... options) {
        String[] args = new String[options.length + 1];
        args[0] = VerifyEventStore.COMMAND;
        System.arraycopy(options, 0, args, 1, options.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = VerifyEventStore.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return exit + " " + out.toString(StandardCharsets.UTF_8);
    }

    private static Replay replay(PlatformClient client, Instant asOf, Instant occurredBefore) {
        List<String> timelines = new ArrayList<>();
        if (asOf != null) {
            timelines.add("asOf=" + asOf);
        }
        if (occurredBefore != null) {
            timelines.add("occurredBefore=" + occurredBefore);
        }
        PlatformClient.Response answer = client.query("/api/compliance/treatment-plans/" + PLAN
                + "/attendance-history" + (timelines.isEmpty() ? "" : "?" + String.join("&", timelines)));
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        return Replay.fromAnswer(answer.body());
    }
}
