package care.tandem.command.api;

import care.tandem.access.testing.TestIssuer;
import care.tandem.command.testing.CommandSideHttpTest;
import care.tandem.command.testing.TestPostgres;
import care.tandem.integrity.EventChain;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command API over real HTTP and a real PostgreSQL event store, with Kafka unreachable: commands must
 * still be accepted and stored (publication catches up later), and refusals must leave no trace.
 */
@CommandSideHttpTest
@TestPropertySource(properties = "tandem.snapshots.every-events=3")
class CommandApiIntegrationTest {

    static final EmbeddedPostgres POSTGRES = TestPostgres.start();


    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, POSTGRES);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    /** Participant ids repeat across the tests' plans, so each test books its own day: no double booking. */
    private static final AtomicInteger DAYS_AHEAD = new AtomicInteger(1);
    private final Instant laterSlot = Instant.now().plus(DAYS_AHEAD.getAndIncrement(), ChronoUnit.DAYS)
            .plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    private final Instant anHourAgo = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    @Test
    void aClinicianOpensAPlanAndTheEventIsStoredWithWhoAndWhy() {
        ResponseEntity<Map> response = post("/api/treatment-plans", Map.of(
                "planId", "plan-audit",
                "partners", List.of(Map.of("participantId", "p-a", "displayName", "Alex"),
                        Map.of("participantId", "p-b", "displayName", "Sam")),
                "primaryClinicianId", "c-rivera"), "corr-42");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody()).containsEntry("planId", "plan-audit").containsEntry("correlationId", "corr-42");
        assertThat(response.getHeaders().getFirst("X-Correlation-Id")).isEqualTo("corr-42");

        Map<String, Object> row = jdbc.queryForMap(
                "select payloadtype, payloadrevision, sequencenumber, metadata from domainevententry "
                        + "where aggregateidentifier = ?", "plan-audit");
        assertThat(row).containsEntry("payloadtype", "care.tandem.events.plan.TreatmentPlanOpened")
                .containsEntry("payloadrevision", "2")
                .containsEntry("sequencenumber", 0L);
        String metadata = new String((byte[]) row.get("metadata"), StandardCharsets.UTF_8);
        assertThat(metadata).contains("\"actor\":\"c-rivera\"", "\"correlationId\":\"corr-42\"",
                "\"causationId\":", "\"recordedAt\":");
    }

    @Test
    void theCoreLoopIsAcceptedWhileKafkaIsDown() {
        openPlan("plan-loop");
        assertThat(post("/api/treatment-plans/plan-loop/joint-sessions", Map.of("sessionId", "s-past",
                "startsAt", anHourAgo.toString(), "durationMinutes", 60, "clinicianId", "c-rivera",
                "expectedParticipantIds", List.of("p-a", "p-b")), null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post("/api/treatment-plans/plan-loop/joint-sessions", Map.of("sessionId", "s-ahead",
                "startsAt", laterSlot.toString(), "durationMinutes", 60, "clinicianId", "c-rivera",
                "expectedParticipantIds", List.of("p-a", "p-b")), null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post("/api/treatment-plans/plan-loop/joint-sessions/s-past/solo-attendance", Map.of(
                "attendingPartnerId", "p-a", "absentPartnerId", "p-b", "absenceReason", "EMOTIONAL_OVERWHELM",
                "therapistJudgement", "ABSENCE_DOES_NOT_HINDER_PROGRESS", "adjustedFocus", "EMOTIONAL_REGULATION"), null)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post("/api/treatment-plans/plan-loop/couples-therapy/pause", Map.of(
                "reason", "EMOTIONAL_SAFETY", "reviewOn", LocalDate.now().plusDays(60).toString()), null)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post("/api/treatment-plans/plan-loop/couples-therapy/resume", Map.of("readiness", List.of(
                Map.of("participantId", "p-a", "readiness", "READY"),
                Map.of("participantId", "p-b", "readiness", "READY_WITH_RESERVATIONS"))), null).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        assertThat(jdbc.queryForList("select payloadtype from domainevententry where aggregateidentifier = ? "
                + "order by sequencenumber", String.class, "plan-loop"))
                .extracting(type -> type.substring(type.lastIndexOf('.') + 1))
                .containsExactly("TreatmentPlanOpened", "SessionScheduled", "SessionScheduled",
                        "SoloAttendanceRecorded", "CouplesTherapyPaused", "SessionCancelled",
                        "CouplesTherapyResumed");
    }

    @Test
    void aPlanRecordedInTheFirstReleasesEventShapesTakesCommandsToday() {
        String opened = """
                {"planId":"plan-rev1","partners":[{"participantId":"p-r1","displayName":"Alex"},\
                {"participantId":"p-r2","displayName":"Sam"}],"primaryClinician":"c-rivera",\
                "openedAt":"2026-03-01T09:00:00Z"}""";
        String scheduled = """
                {"planId":"plan-rev1","sessionId":"s-old","startsAt":"2026-03-02T17:00:00Z","durationMinutes":90,\
                "clinician":"c-rivera","expectedParticipants":["p-r1","p-r2"]}""";
        storeRevisionOne("plan-rev1", 0, "TreatmentPlanOpened", opened);
        storeRevisionOne("plan-rev1", 1, "JointSessionScheduled", scheduled);

        assertThat(post("/api/treatment-plans/plan-rev1/joint-sessions/s-old/solo-attendance", Map.of(
                "attendingPartnerId", "p-r1", "absentPartnerId", "p-r2", "absenceReason", "SCHEDULING_CONFLICT",
                "therapistJudgement", "ABSENCE_DOES_NOT_HINDER_PROGRESS", "adjustedFocus", "COMMUNICATION_SKILLS"),
                null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(jdbc.queryForObject("select payloadrevision from domainevententry where aggregateidentifier = ? "
                + "and sequencenumber = 2", String.class, "plan-rev1")).isEqualTo("2");
    }

    /**
     * The plan is in this instance's cache after its first command; then another writer (another command-side
     * instance, say) appends a session to it. The next command must see that session, and answer the version after it.
     */
    @Test
    void aPlanChangedByAnotherWriterIsReadAgainRatherThanTakenFromTheCache() {
        openPlan("plan-elsewhere");
        storeRevisionOne("plan-elsewhere", 1, "JointSessionScheduled", """
                {"planId":"plan-elsewhere","sessionId":"s-elsewhere","startsAt":"%s","durationMinutes":60,\
                "clinician":"c-rivera","expectedParticipants":["p-a","p-b"]}""".formatted(anHourAgo));

        ResponseEntity<Map> attended = post("/api/treatment-plans/plan-elsewhere/joint-sessions/s-elsewhere/solo-attendance",
                Map.of("attendingPartnerId", "p-a", "absentPartnerId", "p-b", "absenceReason", "SCHEDULING_CONFLICT",
                        "therapistJudgement", "ABSENCE_DOES_NOT_HINDER_PROGRESS",
                        "adjustedFocus", "COMMUNICATION_SKILLS"), null);

        assertThat(attended.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long last = jdbc.queryForObject("select max(sequencenumber) from domainevententry where aggregateidentifier = ?",
                Long.class, "plan-elsewhere");
        assertThat(last).isGreaterThan(1);
        assertThat(attended.getHeaders().getETag()).isEqualTo("\"" + last + "\"");
    }

    /**
     * An event written as an earlier release or another instance wrote it, with its chain entry: what that instance,
     * or the genesis at this release's first start, writes beside it.
     */
    private void storeRevisionOne(String planId, long sequence, String type, String json) {
        jdbc.update("insert into domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, "
                        + "metadata, payload, payloadrevision, payloadtype, timestamp) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                planId, sequence, "TreatmentPlan", planId + "-rev1-" + sequence, "{}".getBytes(StandardCharsets.UTF_8),
                json.getBytes(StandardCharsets.UTF_8), "1", "care.tandem.events.plan." + type, "2026-03-01T09:00:00Z");
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            EventChain.chainAppended(connection, planId, sequence, sequence);
            return null;
        });
    }

    @Test
    void aPlanLoadedFromASnapshotKeepsEveryRule() {
        openPlan("plan-snapshot");
        assertThat(post("/api/treatment-plans/plan-snapshot/goals", Map.of("goalId", "g-shared", "scope", "SHARED",
                "description", "Weekly check-in"), null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post("/api/treatment-plans/plan-snapshot/goals", Map.of("goalId", "g-own", "scope", "INDIVIDUAL",
                "participantId", "p-a", "description", "Sleep routine"), null).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        for (String session : List.of("s-1", "s-2", "s-3", "s-4")) {
            assertThat(post("/api/treatment-plans/plan-snapshot/joint-sessions", Map.of("sessionId", session,
                    "startsAt", anHourAgo.minus(List.of("s-1", "s-2", "s-3", "s-4").indexOf(session) + 1L,
                            ChronoUnit.DAYS).toString(), "durationMinutes", 60, "clinicianId", "c-snap",
                    "expectedParticipantIds", List.of("p-a", "p-b")), null).getStatusCode())
                    .isEqualTo(HttpStatus.CREATED);
        }
        post("/api/treatment-plans/plan-snapshot/joint-sessions/s-1/attendance", null, null);

        assertThat(jdbc.queryForObject("select count(*) from snapshotevententry where aggregateidentifier = ?",
                Integer.class, "plan-snapshot")).isPositive();
        String snapshot = new String(jdbc.queryForObject("select payload from snapshotevententry "
                + "where aggregateidentifier = ? order by sequencenumber desc limit 1", byte[].class, "plan-snapshot"),
                StandardCharsets.UTF_8);
        assertThat(snapshot).contains("\"sessions\"", "\"activeMembers\"", "\"couplesTherapy\":\"ACTIVE\"",
                "\"g-shared\":null", "\"g-own\":\"p-a\"");
        // The restored state still knows what happened before the snapshot.
        assertProblem(post("/api/treatment-plans/plan-snapshot/joint-sessions/s-1/attendance", null, null),
                HttpStatus.CONFLICT, "attendance-already-recorded");
        assertProblem(post("/api/treatment-plans/plan-snapshot/joint-sessions", Map.of("sessionId", "s-2",
                "startsAt", laterSlot.toString(), "durationMinutes", 60, "clinicianId", "c-snap",
                "expectedParticipantIds", List.of("p-a", "p-b")), null), HttpStatus.CONFLICT, "session-already-scheduled");
        assertThat(post("/api/treatment-plans/plan-snapshot/joint-sessions/s-2/solo-attendance", Map.of(
                "attendingPartnerId", "p-b", "absentPartnerId", "p-a", "absenceReason", "EMOTIONAL_OVERWHELM",
                "therapistJudgement", "ABSENCE_HINDERS_PROGRESS", "adjustedFocus", "EMOTIONAL_REGULATION"), null)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        // Each goal still knows whom it is for: a member's revision is sealed with their key, the unit's with the plan's.
        for (String goal : List.of("g-shared", "g-own")) {
            assertThat(post("/api/treatment-plans/plan-snapshot/goals/" + goal + "/revisions",
                    Map.of("description", "Revised after the snapshot"), null).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        List<String> revisions = jdbc.queryForList("select payload from domainevententry where aggregateidentifier = ? "
                        + "and payloadtype like '%.RecoveryGoalRevised' order by sequencenumber", byte[].class,
                "plan-snapshot").stream().map(payload -> new String(payload, StandardCharsets.UTF_8)).toList();
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(0)).contains("\"participantId\":null", "sealed:v1:plan-snapshot:");
        assertThat(revisions.get(1)).contains("\"participantId\":\"p-a\"", "sealed:v1:p-a:")
                .doesNotContain("Revised after");
    }

    @Test
    void aSnapshotOfAnOlderShapeIsIgnoredAndThePlanIsSourcedFromItsEvents() {
        openPlan("plan-old-snapshot");
        // A day of its own: the participants' ids repeat across this class's plans.
        assertThat(post("/api/treatment-plans/plan-old-snapshot/joint-sessions", Map.of("sessionId", "s-1",
                "startsAt", anHourAgo.minus(10, ChronoUnit.DAYS).toString(), "durationMinutes", 60,
                "clinicianId", "c-old-snapshot",
                "expectedParticipantIds", List.of("p-a", "p-b")), null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        // What a plan snapshot of revision 1 might have held: fields the aggregate no longer has, none it needs.
        jdbc.update("insert into snapshotevententry (aggregateidentifier, sequencenumber, type, eventidentifier, "
                        + "metadata, payload, payloadrevision, payloadtype, timestamp) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "plan-old-snapshot", 1L, "TreatmentPlan", "old-snapshot", "{}".getBytes(StandardCharsets.UTF_8),
                "{\"planId\":\"plan-old-snapshot\",\"expectedParticipants\":[]}".getBytes(StandardCharsets.UTF_8),
                "1", "care.tandem.command.plan.TreatmentPlan", "2026-03-01T09:00:00Z");

        ResponseEntity<Map> attended = post("/api/treatment-plans/plan-old-snapshot/joint-sessions/s-1/attendance",
                null, null);

        assertThat(attended.getStatusCode()).as("%s", attended.getBody()).isEqualTo(HttpStatus.CREATED);
        assertProblem(post("/api/treatment-plans/plan-old-snapshot/joint-sessions/s-1/attendance", null, null),
                HttpStatus.CONFLICT, "attendance-already-recorded");
    }

    @Test
    void aRuleViolationIsA409NamingTheRuleAndWritesNothing() {
        openPlan("plan-paused");
        post("/api/treatment-plans/plan-paused/couples-therapy/pause",
                Map.of("reason", "SAFETY_CONCERN", "reviewOn", LocalDate.now().plusDays(60).toString()), null);
        int before = eventCount("plan-paused");

        ResponseEntity<Map> refused = post("/api/treatment-plans/plan-paused/joint-sessions", Map.of(
                "startsAt", laterSlot.toString(), "durationMinutes", 60, "clinicianId", "c-rivera",
                "expectedParticipantIds", List.of("p-a", "p-b")), null);

        assertProblem(refused, HttpStatus.CONFLICT, "couples-therapy-paused");
        assertThat(refused.getBody()).containsEntry("rule", "couples-therapy-paused");
        assertThat(eventCount("plan-paused")).isEqualTo(before);
    }

    @Test
    void aPlanRecordedAfterItsAdmissionTakesEffectWhenGivenButNeverInTheFuture() {
        Instant admitted = Instant.now().minus(14, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        assertThat(post("/api/treatment-plans", Map.of("planId", "plan-admitted",
                "partners", List.of(Map.of("participantId", "p-a", "displayName", "Alex"),
                        Map.of("participantId", "p-b", "displayName", "Sam")),
                "primaryClinicianId", "c-rivera", "openedAt", admitted.toString()), null).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        String payload = new String(jdbc.queryForObject("select payload from domainevententry "
                + "where aggregateidentifier = ?", byte[].class, "plan-admitted"), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"openedAt\":\"" + admitted + "\"");

        ResponseEntity<Map> future = post("/api/treatment-plans", Map.of("planId", "plan-future",
                "partners", List.of(Map.of("participantId", "p-a", "displayName", "Alex"),
                        Map.of("participantId", "p-b", "displayName", "Sam")),
                "primaryClinicianId", "c-rivera",
                "openedAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()), null);
        assertProblem(future, HttpStatus.BAD_REQUEST, "invalid-field");
        assertThat(future.getBody()).containsEntry("field", "openedAt");
        assertThat(eventCount("plan-future")).isZero();
    }

    @Test
    void openingTheSamePlanTwiceIsA409() {
        openPlan("plan-twice");
        assertProblem(openPlan("plan-twice"), HttpStatus.CONFLICT, "plan-already-exists");
        assertThat(eventCount("plan-twice")).isEqualTo(1);
    }

    @Test
    void unknownPlansAndSessionsAre404() {
        assertProblem(post("/api/treatment-plans/plan-nowhere/couples-therapy/discontinue",
                Map.of("reason", "CLIENT_REQUEST"), null), HttpStatus.NOT_FOUND, "plan-not-found");
        openPlan("plan-404");
        assertProblem(post("/api/treatment-plans/plan-404/joint-sessions/s-nowhere/attendance", null, null),
                HttpStatus.NOT_FOUND, "session-not-found");
    }

    @Test
    void malformedInputIsA400NamingTheField() {
        openPlan("plan-400");
        ResponseEntity<Map> unknownReason = post("/api/treatment-plans/plan-400/joint-sessions/s-1/solo-attendance",
                Map.of("attendingPartnerId", "p-a", "absentPartnerId", "p-b", "absenceReason", "BORED"), null);
        assertProblem(unknownReason, HttpStatus.BAD_REQUEST, "invalid-field");
        assertThat(unknownReason.getBody()).containsEntry("field", "absenceReason");

        ResponseEntity<Map> badId = post("/api/treatment-plans/plan-400/joint-sessions", Map.of(
                "sessionId", "no spaces please", "startsAt", laterSlot.toString(), "durationMinutes", 60,
                "clinicianId", "c-rivera", "expectedParticipantIds", List.of("p-a", "p-b")), null);
        assertProblem(badId, HttpStatus.BAD_REQUEST, "invalid-field");
        assertThat(badId.getBody()).containsEntry("field", "sessionId");

        ResponseEntity<Map> tooLong = post("/api/treatment-plans/plan-400/joint-sessions", Map.of(
                "startsAt", laterSlot.toString(), "durationMinutes", 600, "clinicianId", "c-rivera",
                "expectedParticipantIds", List.of("p-a", "p-b")), null);
        assertThat(tooLong.getBody()).containsEntry("field", "durationMinutes");

        HttpHeaders noActor = new HttpHeaders();
        noActor.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map> anonymous = http.postForEntity("/api/treatment-plans/plan-400/couples-therapy/discontinue",
                new HttpEntity<>(Map.of("reason", "CLIENT_REQUEST"), noActor), Map.class);
        assertProblem(anonymous, HttpStatus.UNAUTHORIZED, "unauthenticated");
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(TestIssuer.shared().clinician("c-rivera"));
        ResponseEntity<Map> notJson = http.postForEntity("/api/treatment-plans",
                new HttpEntity<>("{not json", headers), Map.class);
        assertProblem(notJson, HttpStatus.BAD_REQUEST, "malformed-request");

        assertThat(eventCount("plan-400")).isEqualTo(1);
    }

    private ResponseEntity<Map> openPlan(String planId) {
        return post("/api/treatment-plans", Map.of("planId", planId,
                "partners", List.of(Map.of("participantId", "p-a", "displayName", "Alex"),
                        Map.of("participantId", "p-b", "displayName", "Sam")),
                "primaryClinicianId", "c-rivera"), null);
    }

    private ResponseEntity<Map> post(String path, Object body, String correlationId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(TestIssuer.shared().clinician("c-rivera"));
        if (correlationId != null) {
            headers.set("X-Correlation-Id", correlationId);
        }
        return http.postForEntity(path, new HttpEntity<>(body, headers), Map.class);
    }

    private int eventCount(String planId) {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?",
                Integer.class, planId);
    }

    private static void assertProblem(ResponseEntity<Map> response, HttpStatus status, String type) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("type", "https://tandem.care/problems/" + type);
    }
}
