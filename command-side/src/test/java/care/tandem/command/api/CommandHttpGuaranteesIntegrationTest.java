package care.tandem.command.api;

import care.tandem.access.testing.TestIssuer;
import care.tandem.events.EventMetadata;
import care.tandem.command.CommandSideApplication;
import care.tandem.command.config.ExpectedVersionCommandTargetResolver;
import care.tandem.command.plan.PauseCouplesTherapy;
import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.plan.JointSessionHandling;
import care.tandem.events.plan.PauseReason;
import com.fasterxml.jackson.databind.ObjectMapper;
import care.tandem.command.testing.CommandSideHttpTest;
import care.tandem.command.testing.TestPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Idempotency-Key and ETag / If-Match on the command API, over real HTTP and a real PostgreSQL event store
 * (Kafka unreachable, as in {@link CommandApiIntegrationTest}). Request bodies are sent as fixed JSON strings,
 * so a retry is byte for byte the same request; their shapes live in the few helpers at the bottom.
 */
@CommandSideHttpTest
@TestPropertySource(properties = "tandem.idempotency.in-flight-wait=2s")
class CommandHttpGuaranteesIntegrationTest {

    static final EmbeddedPostgres POSTGRES = TestPostgres.start();
    static final String ACTOR = "c-rivera";

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, POSTGRES);
    }

    static String jdbcUrl() {
        return POSTGRES.getJdbcUrl("postgres", "postgres");
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    /** Every session gets its own slot: people and clinicians cannot be booked twice at one time. */
    private static final AtomicInteger SLOTS = new AtomicInteger();
    private static final Instant BASE = Instant.now().truncatedTo(ChronoUnit.HOURS);

    private static Instant ahead() {
        return BASE.plus(1, ChronoUnit.DAYS).plus(2L * SLOTS.incrementAndGet(), ChronoUnit.HOURS);
    }

    private static Instant past() {
        return BASE.minus(1, ChronoUnit.DAYS).minus(2L * SLOTS.incrementAndGet(), ChronoUnit.HOURS);
    }

    @Nested
    class IdempotencyKey {

        @Test
        void aRetryGetsTheFirstAnswerAndAppliesNothingTwice() {
            // No planId: the server makes one, so a second application would open a second plan.
            String body = openPlanBody(null);
            long eventsBefore = allEvents();
            long plansBefore = jdbc.queryForObject("select count(distinct aggregateidentifier) from domainevententry",
                    Long.class);

            ResponseEntity<String> first = post(http, "/api/treatment-plans", body, headers("open-1"));
            HttpHeaders otherCorrelation = headers("open-1");
            otherCorrelation.set("X-Correlation-Id", "retry-corr");
            ResponseEntity<String> retry = post(http, "/api/treatment-plans", body, otherCorrelation);

            assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(first.getHeaders().getFirst("Idempotent-Replayed")).isNull();
            String planId = (String) json(first).get("planId");
            assertThat(first.getHeaders().getETag()).isEqualTo(etagOf(planId));
            assertSameAnswer(retry, first);
            assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
            assertThat(allEvents()).isEqualTo(eventsBefore + events(planId));
            assertThat(jdbc.queryForObject("select count(distinct aggregateidentifier) from domainevententry",
                    Long.class)).isEqualTo(plansBefore + 1);
        }

        @Test
        void aRetryOnAFreshApplicationContextOverTheSameDatabaseStillGetsTheFirstAnswer() {
            openPlan("plan-restart");
            String body = scheduleBody(null, ahead());
            ResponseEntity<String> first = post(http, "/api/treatment-plans/plan-restart/joint-sessions", body,
                    headers("schedule-restart"));
            assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(first.getHeaders().getETag()).isEqualTo(etagOf("plan-restart"));
            long eventsAfterFirst = events("plan-restart");

            try (ConfigurableApplicationContext restarted = CommandSideApplication.builder().run(
                    "--server.port=0", "--spring.datasource.url=" + jdbcUrl(),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                    "--axon.kafka.bootstrap-servers=127.0.0.1:9",
                    "--axon.kafka.producer.properties.max.block.ms=500",
                    "--tandem.node-id=command-side-restarted",
                    // The same keys as the instance it restarts, as an operator's restart keeps them.
                    "--tandem.integrity.signing-key-file=target/test-integrity/checkpoint-signing-key.json",
                    "--tandem.privacy.master-key-file=target/test-keys/master-key.json")) {
                TestRestTemplate restartedHttp = new TestRestTemplate(new RestTemplateBuilder().rootUri(
                        "http://localhost:" + restarted.getEnvironment().getProperty("local.server.port")));
                ResponseEntity<String> retry = post(restartedHttp,
                        "/api/treatment-plans/plan-restart/joint-sessions", body, headers("schedule-restart"));
                assertSameAnswer(retry, first);
            }
            assertThat(events("plan-restart")).isEqualTo(eventsAfterFirst);
        }

        @Test
        void theSameKeyForAnotherRequestIs422AndAppliesNothing() {
            openPlan("plan-reuse");
            assertThat(post(http, "/api/treatment-plans/plan-reuse/joint-sessions", scheduleBody("s-1", ahead()),
                    headers("reused")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
            long eventsBefore = events("plan-reuse");

            ResponseEntity<Map> otherBody = postForProblem("/api/treatment-plans/plan-reuse/joint-sessions",
                    scheduleBody("s-2", ahead()), headers("reused"));
            ResponseEntity<Map> otherPath = postForProblem("/api/treatment-plans/plan-reuse/couples-therapy/resume",
                    scheduleBody("s-1", ahead()), headers("reused"));

            assertProblem(otherBody, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused");
            assertProblem(otherPath, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused");
            assertThat(otherBody.getBody()).containsEntry("field", "Idempotency-Key");
            assertThat(events("plan-reuse")).isEqualTo(eventsBefore);
        }

        @Test
        void keysBelongToTheirActor() {
            openPlan("plan-actors");
            assertThat(post(http, "/api/treatment-plans/plan-actors/care-team",
                    "{\"clinicianId\":\"c-okafor\",\"reason\":\"CO_THERAPIST\"}", headers(null))
                    .getStatusCode()).isEqualTo(HttpStatus.CREATED);
            long eventsBefore = events("plan-actors");
            HttpHeaders rivera = headers("shared-spelling");
            HttpHeaders okafor = headers("shared-spelling");
            okafor.setBearerAuth(TestIssuer.shared().clinician("c-okafor"));

            assertThat(post(http, "/api/treatment-plans/plan-actors/joint-sessions", scheduleBody("s-1", ahead()),
                    rivera).getStatusCode()).isEqualTo(HttpStatus.CREATED);
            ResponseEntity<String> other = post(http, "/api/treatment-plans/plan-actors/joint-sessions",
                    scheduleBody("s-2", ahead()), okafor);

            assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(other.getHeaders().getFirst("Idempotent-Replayed")).isNull();
            assertThat(events("plan-actors")).isGreaterThanOrEqualTo(eventsBefore + 2);
            assertThat(sessionsScheduled("plan-actors")).isEqualTo(2);
        }

        @Test
        void concurrentRequestsWithOneKeyApplyOnceAndAllGetTheSameAnswer() throws Exception {
            String body = openPlanBody(null);
            long plansBefore = jdbc.queryForObject("select count(distinct aggregateidentifier) from domainevententry",
                    Long.class);
            int requests = 4;
            ExecutorService pool = Executors.newFixedThreadPool(requests);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
            try {
                for (int i = 0; i < requests; i++) {
                    answers.add(pool.submit((Callable<ResponseEntity<String>>) () -> {
                        start.await();
                        return post(http, "/api/treatment-plans", body, headers("concurrent-open"));
                    }));
                }
                start.countDown();
                List<ResponseEntity<String>> responses = new ArrayList<>();
                for (Future<ResponseEntity<String>> answer : answers) {
                    responses.add(answer.get(30, TimeUnit.SECONDS));
                }

                List<ResponseEntity<String>> applied = responses.stream()
                        .filter(response -> response.getHeaders().getFirst("Idempotent-Replayed") == null)
                        .toList();
                assertThat(applied).as("requests that applied the command").hasSize(1);
                assertThat(applied.get(0).getStatusCode()).isEqualTo(HttpStatus.CREATED);
                responses.forEach(response -> assertSameAnswer(response, applied.get(0)));
                assertThat(jdbc.queryForObject("select count(distinct aggregateidentifier) from domainevententry",
                        Long.class)).isEqualTo(plansBefore + 1);
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void aKeyStillHeldByARunningRequestIs409OnceTheWaitIsOver() throws Exception {
            openPlan("plan-in-flight");
            String path = "/api/treatment-plans/plan-in-flight/joint-sessions";
            String body = scheduleBody("s-1", ahead());
            try (Connection running = POSTGRES.getPostgresDatabase().getConnection()) {
                running.setAutoCommit(false);
                try (PreparedStatement claim = running.prepareStatement("insert into idempotency_key "
                        + "(actor, idempotency_key, request_fingerprint) values (?, ?, ?)")) {
                    claim.setString(1, ACTOR);
                    claim.setString(2, "in-flight");
                    claim.setString(3, "0".repeat(64));
                    claim.executeUpdate();
                }
                long started = System.nanoTime();
                ResponseEntity<Map> waited = postForProblem(path, body, headers("in-flight"));
                assertProblem(waited, HttpStatus.CONFLICT, "idempotency-key-in-flight");
                assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isGreaterThanOrEqualTo(1900);
                running.rollback();
            }
            assertThat(sessionsScheduled("plan-in-flight")).isZero();
            // The other request went away without an answer: the key is free again.
            assertThat(post(http, path, body, headers("in-flight")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }

        @Test
        void aRefusedCommandLeavesTheKeyFreeForARetryThatIsEvaluatedAgain() {
            openPlan("plan-refused");
            String attendance = "/api/treatment-plans/plan-refused/joint-sessions/s-later/attendance";

            assertProblem(postForProblem(attendance, "", headers("attend-once")), HttpStatus.NOT_FOUND,
                    "session-not-found");
            assertThat(keyStored("attend-once")).isFalse();
            assertThat(post(http, "/api/treatment-plans/plan-refused/joint-sessions",
                    scheduleBody("s-later", past()), headers(null)).getStatusCode()).isEqualTo(HttpStatus.CREATED);

            ResponseEntity<String> retry = post(http, attendance, "", headers("attend-once"));
            assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isNull();
            assertThat(keyStored("attend-once")).isTrue();
        }

        @Test
        void theStoredAnswerAndTheEventsCommitTogether() {
            // Make storing the answer fail after the command ran: its events must roll back with it.
            jdbc.execute("create function fail_storing_answer() returns trigger language plpgsql as $$ begin "
                    + "if new.idempotency_key = 'store-fails' and new.response_status is not null then "
                    + "raise exception 'storing the answer failed'; end if; return new; end $$");
            jdbc.execute("create trigger fail_storing_answer before update on idempotency_key "
                    + "for each row execute function fail_storing_answer()");
            try {
                ResponseEntity<Map> failed = postForProblem("/api/treatment-plans", openPlanBody("plan-atomic"),
                        headers("store-fails"));
                assertProblem(failed, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error");
                assertThat(failed.getHeaders().getETag()).isNull();
            } finally {
                jdbc.execute("drop trigger fail_storing_answer on idempotency_key");
                jdbc.execute("drop function fail_storing_answer()");
            }
            assertThat(events("plan-atomic")).isZero();
            assertThat(keyStored("store-fails")).isFalse();

            assertThat(post(http, "/api/treatment-plans", openPlanBody("plan-atomic"), headers("store-fails"))
                    .getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(events("plan-atomic")).isPositive();
        }

        @Test
        void aMalformedKeyIs400NamingTheHeader() {
            for (String key : List.of("has space", "x".repeat(101), "", "semi;colon")) {
                ResponseEntity<Map> refused = postForProblem("/api/treatment-plans", openPlanBody("plan-bad-key"),
                        headers(key));
                assertProblem(refused, HttpStatus.BAD_REQUEST, "invalid-field");
                assertThat(refused.getBody()).containsEntry("field", "Idempotency-Key");
            }
            HttpHeaders anonymous = headers("anonymous-key");
            anonymous.remove(HttpHeaders.AUTHORIZATION);
            ResponseEntity<Map> noActor = postForProblem("/api/treatment-plans", openPlanBody("plan-bad-key"),
                    anonymous);
            assertProblem(noActor, HttpStatus.UNAUTHORIZED, "unauthenticated");
            assertThat(events("plan-bad-key")).isZero();
        }
    }

    @Nested
    class IfMatch {

        @Test
        void aMatchingVersionIsAppliedAndAnswersTheNextOne() {
            ResponseEntity<String> opened = openPlan("plan-match");
            assertThat(opened.getHeaders().getETag()).isEqualTo(etagOf("plan-match"));

            ResponseEntity<String> scheduled = post(http, "/api/treatment-plans/plan-match/joint-sessions",
                    scheduleBody("s-ahead", ahead()), ifMatch(opened.getHeaders().getETag()));
            assertThat(scheduled.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(scheduled.getHeaders().getETag()).isEqualTo(etagOf("plan-match"))
                    .isNotEqualTo(opened.getHeaders().getETag());

            // Pausing also cancels the session ahead: several events, and the ETag names the last one.
            long eventsBefore = events("plan-match");
            ResponseEntity<String> paused = post(http, "/api/treatment-plans/plan-match/couples-therapy/pause",
                    pauseBody(), ifMatch(scheduled.getHeaders().getETag()));
            assertThat(paused.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(events("plan-match")).isGreaterThanOrEqualTo(eventsBefore + 2);
            assertThat(paused.getHeaders().getETag()).isEqualTo(etagOf("plan-match"));
        }

        @Test
        void aStaleVersionIs412AndChangesNothing() {
            String seen = openPlan("plan-stale").getHeaders().getETag();
            String current = post(http, "/api/treatment-plans/plan-stale/joint-sessions",
                    scheduleBody("s-1", ahead()), headers(null)).getHeaders().getETag();
            long eventsBefore = events("plan-stale");

            ResponseEntity<Map> stale = postForProblem("/api/treatment-plans/plan-stale/joint-sessions",
                    scheduleBody("s-2", ahead()), ifMatch(seen));

            assertProblem(stale, HttpStatus.PRECONDITION_FAILED, "stale-plan-version");
            assertThat(((Number) stale.getBody().get("expectedVersion")).longValue()).isEqualTo(version(seen));
            assertThat(((Number) stale.getBody().get("currentVersion")).longValue()).isEqualTo(version(current));
            assertThat(events("plan-stale")).isEqualTo(eventsBefore);
        }

        @Test
        void aStaleVersionIs412EvenWhenTheCommandWouldAlsoBreakARule() {
            String seen = openPlan("plan-stale-rule").getHeaders().getETag();
            assertThat(post(http, "/api/treatment-plans/plan-stale-rule/couples-therapy/pause", pauseBody(),
                    headers(null)).getStatusCode()).isEqualTo(HttpStatus.OK);

            // Pausing again breaks a rule, but the client's view is stale: that is what it hears.
            ResponseEntity<Map> stale = postForProblem("/api/treatment-plans/plan-stale-rule/couples-therapy/pause",
                    pauseBody(), ifMatch(seen));

            assertProblem(stale, HttpStatus.PRECONDITION_FAILED, "stale-plan-version");
        }

        @Test
        void aVersionOfAPlanThatDoesNotExistIs412() {
            assertProblem(postForProblem("/api/treatment-plans", openPlanBody("plan-never"), ifMatch("\"0\"")),
                    HttpStatus.PRECONDITION_FAILED, "stale-plan-version");
            assertThat(events("plan-never")).isZero();
        }

        @Test
        void aMalformedIfMatchIs400NamingTheHeader() {
            openPlan("plan-bad-if-match");
            for (String header : List.of("1", "W/\"1\"", "\"one\"", "*", "\"0\", \"1\"", "\"-1\"")) {
                ResponseEntity<Map> refused = postForProblem(
                        "/api/treatment-plans/plan-bad-if-match/joint-sessions", scheduleBody("s-1", ahead()),
                        ifMatch(header));
                assertProblem(refused, HttpStatus.BAD_REQUEST, "invalid-field");
                assertThat(refused.getBody()).containsEntry("field", "If-Match");
            }
            assertThat(sessionsScheduled("plan-bad-if-match")).isZero();
        }

        @Test
        void withoutIfMatchACommandRunsAsBeforeAndStillAnswersItsVersion() {
            openPlan("plan-no-if-match");
            ResponseEntity<String> scheduled = post(http, "/api/treatment-plans/plan-no-if-match/joint-sessions",
                    scheduleBody("s-1", past()), headers(null));
            assertThat(scheduled.getHeaders().getETag()).isEqualTo(etagOf("plan-no-if-match"));
            ResponseEntity<String> attended = post(http,
                    "/api/treatment-plans/plan-no-if-match/joint-sessions/s-1/attendance", "", headers(null));
            assertThat(attended.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(attended.getHeaders().getETag()).isEqualTo(etagOf("plan-no-if-match"))
                    .isNotEqualTo(scheduled.getHeaders().getETag());
        }

        /** Axon itself enforces the version carried in metadata, for senders that skip the HTTP check. */
        @Test
        void axonRefusesACommandWhoseMetadataNamesAnotherVersion(@Autowired CommandGateway gateway,
                                                                  @Autowired Configuration axon) {
            assertThat(axon.getComponent(CommandTargetResolver.class))
                    .isInstanceOf(ExpectedVersionCommandTargetResolver.class);
            long seen = version(openPlan("plan-axon-version").getHeaders().getETag());
            long current = version(post(http, "/api/treatment-plans/plan-axon-version/joint-sessions",
                    scheduleBody("s-1", ahead()), headers(null)).getHeaders().getETag());
            long eventsBefore = events("plan-axon-version");

            Instant now = Instant.now();
            PauseCouplesTherapy pause = new PauseCouplesTherapy(PlanId.of("plan-axon-version"),
                    PauseReason.EMOTIONAL_SAFETY, LocalDate.parse("2099-01-01"), Instant.parse("2099-01-01T00:00:00Z"),
                    JointSessionHandling.CANCEL, ClinicianId.of(ACTOR), now);
            assertThatThrownBy(() -> gateway.sendAndWait(GenericCommandMessage.asCommandMessage(pause)
                    .andMetaData(Map.of(ExpectedVersionCommandTargetResolver.EXPECTED_VERSION, seen,
                            EventMetadata.ACTOR, ACTOR))))
                    .isInstanceOf(ConflictingAggregateVersionException.class);
            assertThat(events("plan-axon-version")).isEqualTo(eventsBefore);

            gateway.sendAndWait(GenericCommandMessage.asCommandMessage(pause)
                    .andMetaData(Map.of(ExpectedVersionCommandTargetResolver.EXPECTED_VERSION, current,
                            EventMetadata.ACTOR, ACTOR)));
            assertThat(events("plan-axon-version")).isGreaterThan(eventsBefore);
        }
    }

    // --- request shapes: the only place that knows the command API's bodies ---

    private static String openPlanBody(String planId) {
        return "{" + (planId == null ? "" : "\"planId\":\"" + planId + "\",")
                + "\"partners\":[{\"participantId\":\"p-a\",\"displayName\":\"Alex\"},"
                + "{\"participantId\":\"p-b\",\"displayName\":\"Sam\"}],\"primaryClinicianId\":\"" + ACTOR + "\"}";
    }

    private static String scheduleBody(String sessionId, Instant startsAt) {
        return "{" + (sessionId == null ? "" : "\"sessionId\":\"" + sessionId + "\",")
                + "\"startsAt\":\"" + startsAt + "\",\"durationMinutes\":60,\"clinicianId\":\"" + ACTOR + "\","
                + "\"expectedParticipantIds\":[\"p-a\",\"p-b\"]}";
    }

    private static String pauseBody() {
        return "{\"reason\":\"EMOTIONAL_SAFETY\",\"reviewOn\":\"" + LocalDate.now().plusDays(60) + "\"}";
    }

    private ResponseEntity<String> openPlan(String planId) {
        ResponseEntity<String> opened = post(http, "/api/treatment-plans", openPlanBody(planId), headers(null));
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return opened;
    }

    // --- HTTP and database helpers ---

    private static HttpHeaders headers(String idempotencyKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(TestIssuer.shared().clinician(ACTOR));
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return headers;
    }

    private static HttpHeaders ifMatch(String etag) {
        HttpHeaders headers = headers(null);
        headers.set(HttpHeaders.IF_MATCH, etag);
        return headers;
    }

    private static ResponseEntity<String> post(TestRestTemplate client, String path, String body,
                                               HttpHeaders headers) {
        return client.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<Map> postForProblem(String path, String body, HttpHeaders headers) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
    }

    private static void assertSameAnswer(ResponseEntity<String> actual, ResponseEntity<String> expected) {
        assertThat(actual.getStatusCode()).isEqualTo(expected.getStatusCode());
        assertThat(actual.getBody()).isEqualTo(expected.getBody());
        for (String header : List.of(HttpHeaders.ETAG, HttpHeaders.CONTENT_TYPE, "X-Correlation-Id")) {
            assertThat(actual.getHeaders().getFirst(header)).as(header)
                    .isEqualTo(expected.getHeaders().getFirst(header)).isNotNull();
        }
    }

    private static void assertProblem(ResponseEntity<Map> response, HttpStatus status, String type) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("type", "https://tandem.care/problems/" + type);
    }

    private long events(String planId) {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?",
                Long.class, planId);
    }

    /** The plan's version as the ETag should name it: the sequence number of its last stored event. */
    private String etagOf(String planId) {
        return "\"" + jdbc.queryForObject("select max(sequencenumber) from domainevententry "
                + "where aggregateidentifier = ?", Long.class, planId) + "\"";
    }

    private static long version(String etag) {
        assertThat(etag).matches("\"[0-9]+\"");
        return Long.parseLong(etag.substring(1, etag.length() - 1));
    }

    private long sessionsScheduled(String planId) {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ? "
                + "and payloadtype like '%Scheduled'", Long.class, planId);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(ResponseEntity<String> response) {
        try {
            return new ObjectMapper().readValue(response.getBody(), Map.class);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }

    private long allEvents() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }

    private boolean keyStored(String key) {
        return jdbc.queryForObject("select count(*) from idempotency_key where actor = ? and idempotency_key = ?",
                Long.class, ACTOR, key) > 0;
    }
}
