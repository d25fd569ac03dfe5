package care.tandem.infra.crash;

import care.tandem.access.MachineScope;
import care.tandem.access.testing.TestIssuer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform as a child process under four clinicians' commands, killed with {@code kill -9} twice in the middle of
 * a burst and restarted on the same data directory: every command it acknowledged is in the event store exactly once,
 * and, within a bounded wait and with no manual step, every read model holds exactly what the event store holds.
 * No timing is asserted.
 */
class CrashRecoveryTest {

    private static final String COMMANDS = TestIssuer.bearer(TestIssuer.shared().machine("crash-test",
            MachineScope.PLANS_WRITE));
    private static final String QUERIES = TestIssuer.bearer(TestIssuer.shared().everything("crash-test-reader"));

    private static final int CLINICIANS = 4;
    private static final Duration BURST = Duration.ofSeconds(4);
    /**
     * Usually healed in under a minute; once, in CI, a read model was still 155 events behind after 3 minutes while
     * the same run passed alone twice in 79 s. The bound leaves room for a self-repair's retries (Axon backs off up to
     * 60 s between them), and a miss prints the platform's warnings to say why.
     */
    private static final Duration HEALED_WITHIN = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    @TempDir
    Path logs;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Correlation ids of the commands answered 2xx. */
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Instant firstSlot = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    private final AtomicInteger commands = new AtomicInteger();

    /**
     * On the in-memory read store (the default) every restart rebuilds the read models from the feed; on the H2 store
     * they survive the kill, with whatever the crash left in the store.
     */
    @ParameterizedTest(name = "read store {0}")
    @ValueSource(strings = {"memory", "h2"})
    void killedTwiceMidBurstItLosesNothingAcknowledgedAndEveryReadModelCatchesUpExactlyOnce(String readStore)
            throws Exception {
        try (PlatformProcess platform = new PlatformProcess(data.resolve("platform"), readStore)) {
            Instant lastStart = null;
            for (int round = 1; round <= 3; round++) {
                platform.start(logs.resolve("round-" + round + ".log"));
                lastStart = Instant.now();
                burst(platform, round, round < 3);
            }
            System.out.printf("Crash recovery: %d commands sent, %d acknowledged%n", commands.get(),
                    acknowledged.size());

            Map<String, Integer> eventsPerCommand = eventsPerCorrelationId(platform);
            assertThat(acknowledged).as("acknowledged commands").hasSizeGreaterThan(20)
                    .allSatisfy(id -> assertThat(eventsPerCommand.get(id)).as(id).isEqualTo(1));

            Map<String, List<String>> sessionsInStore = sessionsPerPlan(platform);
            try {
                awaitHealed(platform, sessionsInStore);
            } catch (ConditionTimeoutException notHealed) {
                System.out.println("Crash recovery: not healed; the platform's warnings and errors:");
                printWarnings();
                throw notHealed;
            }
            System.out.printf("Crash recovery: healed in %d s after the last start; the platform's logs say: %d "
                            + "PostgreSQL servers left running were stopped, %d write indexes and %d read models "
                            + "rebuilt%n",
                    Duration.between(lastStart, Instant.now()).toSeconds(), linesSaying("is still running on"),
                    linesSaying("rebuilding it from the documents"), linesSaying("rebuilding it by itself"));
        }
    }

    private void awaitHealed(PlatformProcess platform, Map<String, List<String>> sessionsInStore) {
        await().atMost(HEALED_WITHIN).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            for (JsonNode readModel : query(platform, "/api/operations/read-models")) {
                assertThat(readModel.path("eventsBehind").asLong()).as(readModel.path("name").asText()).isZero();
                assertThat(readModel.path("deadLetters").asLong()).isZero();
                assertThat(readModel.at("/health/state").asText()).isEqualTo("CURRENT");
            }
            for (Map.Entry<String, List<String>> plan : sessionsInStore.entrySet()) {
                assertThat(sessionIds(query(platform, "/api/treatment-plans/" + plan.getKey() + "/schedule")))
                        .as("schedule of " + plan.getKey()).containsExactlyInAnyOrderElementsOf(plan.getValue());
                assertThat(query(platform, "/api/treatment-plans/" + plan.getKey()).path("planId").asText())
                        .isEqualTo(plan.getKey());
            }
            assertThat(calendarSessions(platform)).containsExactlyInAnyOrderElementsOf(
                    sessionsInStore.entrySet().stream().flatMap(plan -> plan.getValue().stream()
                            .map(session -> plan.getKey() + "/" + session)).toList());
        });
    }

    private void printWarnings() throws IOException {
        try (Stream<Path> files = Files.list(logs)) {
            for (Path log : files.sorted().toList()) {
                try (Stream<String> lines = Files.lines(log)) {
                    lines.filter(line -> line.contains(" WARN ") || line.contains(" ERROR "))
                            .forEach(line -> System.out.println(log.getFileName() + ": " + line));
                }
            }
        }
    }

    /**
     * Four clinicians open plans and schedule sessions for a few seconds, each command with its own correlation id;
     * with {@code crash}, the platform is killed while they are still sending.
     */
    private void burst(PlatformProcess platform, int round, boolean crash) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clinicians = Executors.newFixedThreadPool(CLINICIANS);
        for (int c = 0; c < CLINICIANS; c++) {
            int clinician = c;
            clinicians.execute(() -> {
                for (int plan = 0; !stop.get(); plan++) {
                    String planId = "crash-%d-%d-%d".formatted(round, clinician, plan);
                    if (!send(platform, "/api/treatment-plans", """
                            {"planId":"%1$s","primaryClinicianId":"c-crash-%2$d","partners":[
                             {"participantId":"%1$s-a","displayName":"A"},
                             {"participantId":"%1$s-b","displayName":"B"}]}"""
                            .formatted(planId, clinician))) {
                        continue;
                    }
                    for (int session = 0; session < 3 && !stop.get(); session++) {
                        Instant startsAt = firstSlot.plus(2L * (round * 1000 + plan * 3 + session), ChronoUnit.MINUTES)
                                .plus(clinician, ChronoUnit.HOURS);
                        send(platform, "/api/treatment-plans/" + planId + "/joint-sessions", """
                                {"sessionId":"s-%d","startsAt":"%s","durationMinutes":1,"clinicianId":"c-crash-%d",
                                 "expectedParticipantIds":["%s-a","%4$s-b"]}"""
                                .formatted(session, startsAt, clinician, planId));
                    }
                }
            });
        }
        Thread.sleep(BURST.toMillis());
        if (crash) {
            platform.crash();
        }
        stop.set(true);
        clinicians.shutdown();
        clinicians.awaitTermination(30, TimeUnit.SECONDS);
    }

    /** @return whether the command was acknowledged; a connection cut by the crash is no acknowledgement */
    private boolean send(PlatformProcess platform, String path, String body) {
        String correlationId = "crash-command-" + commands.incrementAndGet();
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(platform.commandSide() + path))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").header("Authorization", COMMANDS)
                    .header("X-Correlation-Id", correlationId)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() / 100 == 2) {
                acknowledged.add(correlationId);
                return true;
            }
            return false;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Map<String, Integer> eventsPerCorrelationId(PlatformProcess platform) throws SQLException, IOException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection store = DriverManager.getConnection(platform.postgresJdbcUrl(), "postgres",
                platform.postgresPassword());
             ResultSet rows = store.createStatement().executeQuery("select metadata from domainevententry")) {
            while (rows.next()) {
                counts.merge(JSON.readTree(rows.getBytes(1)).path("correlationId").asText(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** What the event store says each plan has: the ids of its sessions. */
    private Map<String, List<String>> sessionsPerPlan(PlatformProcess platform) throws SQLException, IOException {
        Map<String, List<String>> sessions = new TreeMap<>();
        try (Connection store = DriverManager.getConnection(platform.postgresJdbcUrl(), "postgres",
                platform.postgresPassword());
             ResultSet rows = store.createStatement().executeQuery(
                     "select aggregateidentifier, payloadtype, payload from domainevententry")) {
            while (rows.next()) {
                List<String> planSessions = sessions.computeIfAbsent(rows.getString(1), plan -> new ArrayList<>());
                if (rows.getString(2).endsWith(".SessionScheduled")) {
                    planSessions.add(JSON.readTree(rows.getBytes(3)).path("sessionId").asText());
                }
            }
        }
        return sessions;
    }

    /** Every session in the clinicians' calendars, as plan/session, as often as it appears. */
    private List<String> calendarSessions(PlatformProcess platform) throws Exception {
        LocalDate from = LocalDate.ofInstant(firstSlot, ZoneOffset.UTC);
        List<String> sessions = new ArrayList<>();
        for (int clinician = 0; clinician < CLINICIANS; clinician++) {
            JsonNode calendar = query(platform, "/api/clinicians/c-crash-%d/schedule?from=%s&to=%s"
                    .formatted(clinician, from, from.plusDays(30)));
            for (JsonNode day : calendar.path("days")) {
                for (JsonNode session : day.path("sessions")) {
                    for (JsonNode plan : session.path("plans")) {
                        sessions.add(plan.path("planId").asText() + "/" + session.path("sessionId").asText());
                    }
                }
            }
        }
        return sessions;
    }

    private long linesSaying(String text) throws IOException {
        try (Stream<Path> files = Files.list(logs)) {
            long lines = 0;
            for (Path log : files.toList()) {
                try (Stream<String> logLines = Files.lines(log)) {
                    lines += logLines.filter(line -> line.contains(text)).count();
                }
            }
            return lines;
        }
    }

    private static List<String> sessionIds(JsonNode schedule) {
        List<String> ids = new ArrayList<>();
        schedule.path("sessions").forEach(session -> ids.add(session.path("sessionId").asText()));
        return ids;
    }

    private JsonNode query(PlatformProcess platform, String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(platform.querySide() + path))
                .header("Authorization", QUERIES).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }
}
