package care.tandem.command.deadline;

import care.tandem.command.CommandSideApplication;
import care.tandem.command.plan.OpenTreatmentPlan;
import care.tandem.command.plan.PauseCouplesTherapy;
import care.tandem.command.plan.ResumeCouplesTherapy;
import care.tandem.events.EventMetadata;
import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.plan.JointSessionHandling;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.Member;
import care.tandem.events.plan.MemberRole;
import care.tandem.events.plan.PartnerReadiness;
import care.tandem.events.plan.PauseReason;
import care.tandem.events.plan.Readiness;
import care.tandem.events.plan.UnitKind;
import care.tandem.events.serialization.TandemSerialization;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import care.tandem.command.testing.TestPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A pause's review deadline lives in PostgreSQL (db-scheduler's scheduled_tasks), not in the JVM: it fires
 * after the command side restarted on the same database, and resuming before it is due removes it for good.
 * Real embedded PostgreSQL, Kafka unreachable.
 */
class PersistedDeadlineTest {

    /** Stopped by its own shutdown hook; every test uses its own plans. */
    static final EmbeddedPostgres POSTGRES = TestPostgres.start();
    static final JdbcTemplate DB = new JdbcTemplate(POSTGRES.getPostgresDatabase());

    private static final String REVIEW_DUE = "care.tandem.events.plan.CouplesTherapyPauseReviewDue";
    private static final String DEADLINE_TASK = "AxonDeadline";
    /** The default db-scheduler.polling-interval of command-side.yml, which these tests run with. */
    private static final Duration POLLING_INTERVAL = Duration.ofSeconds(2);

    private final ObjectMapper json = TandemSerialization.objectMapper();
    private ConfigurableApplicationContext running;

    @AfterEach
    void stopCommandSide() {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    @Test
    void aReviewDeadlineScheduledBeforeARestartFiresAfterIt() throws IOException {
        PlanId plan = PlanId.of("plan-restart-" + UUID.randomUUID());
        startCommandSide();
        openCouplesPlan(plan);
        Instant dueAt = Instant.now().plusSeconds(30).truncatedTo(ChronoUnit.MILLIS);
        LocalDate reviewOn = LocalDate.ofInstant(dueAt, ZoneOffset.UTC);
        send(new PauseCouplesTherapy(plan, PauseReason.EMOTIONAL_SAFETY, reviewOn, dueAt, JointSessionHandling.CANCEL,
                ClinicianId.of("c-rivera"), Instant.now()), "corr-pause-" + plan);

        // The deadline is a row in PostgreSQL, committed with the pause; its envelope is JSON, and so is the
        // PauseReview payload inside it (Tandem's Jackson serializer, never XStream or Java serialization).
        List<JsonNode> deadlines = deadlineRowsOf(plan);
        assertThat(deadlines).hasSize(1);
        JsonNode deadline = deadlines.get(0);
        assertThat(deadline.get("d").asText()).isEqualTo("couples-therapy-pause-review");
        assertThat(deadline.get("pc").asText()).isEqualTo("care.tandem.command.plan.PauseReview");
        JsonNode payload = json.readTree(deadline.get("p").binaryValue());
        assertThat(payload.get("reviewOn").asText()).isEqualTo(reviewOn.toString());
        assertThat(Instant.parse(payload.get("dueAt").asText())).isEqualTo(dueAt);

        stopCommandSide();
        assertThat(Instant.now())
                .as("the first context must be gone before the review falls due, or this proves nothing")
                .isBefore(dueAt);
        assertThat(reviewEventsOf(plan)).isEmpty();

        startCommandSide();
        await().atMost(Duration.between(Instant.now(), dueAt).plus(POLLING_INTERVAL.multipliedBy(3))
                        .plusSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> reviewEventsOf(plan).size() == 1);

        Map<String, Object> review = reviewEventsOf(plan).get(0);
        JsonNode event = json.readTree((byte[]) review.get("payload"));
        assertThat(event.get("planId").asText()).isEqualTo(plan.value());
        assertThat(event.get("reviewOn").asText()).isEqualTo(reviewOn.toString());
        assertThat(Instant.parse(event.get("dueAt").asText())).isEqualTo(dueAt);
        assertThat(Instant.parse((String) review.get("timestamp"))).isAfterOrEqualTo(dueAt);
        // No clinician recorded the review: the scheduler did, when it fired. The pause request's correlation
        // id travelled with the deadline through the database and the restart.
        JsonNode metadata = json.readTree((byte[]) review.get("metadata"));
        assertThat(metadata.path(EventMetadata.ACTOR).asText()).isEqualTo("system:deadline-scheduler");
        assertThat(metadata.path(EventMetadata.CORRELATION_ID).asText()).isEqualTo("corr-pause-" + plan);
        assertThat(metadata.path(EventMetadata.CAUSATION_ID).asText()).isNotBlank();
        assertThat(Instant.parse(metadata.path(EventMetadata.RECORDED_AT).asText())).isAfterOrEqualTo(dueAt);
        assertThat(deadlineRowsOf(plan)).isEmpty();
    }

    @Test
    void resumingBeforeTheReviewIsDueMeansNoReviewEver() {
        PlanId resumed = PlanId.of("plan-resumed-" + UUID.randomUUID());
        PlanId stillPaused = PlanId.of("plan-paused-" + UUID.randomUUID());
        startCommandSide();
        openCouplesPlan(resumed);
        openCouplesPlan(stillPaused);
        Instant dueAt = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.MILLIS);
        pause(resumed, dueAt);
        pause(stillPaused, dueAt);
        assertThat(deadlineRowsOf(resumed)).hasSize(1);

        send(new ResumeCouplesTherapy(resumed, List.of(
                new PartnerReadiness(ParticipantId.of("p-a"), Readiness.READY),
                new PartnerReadiness(ParticipantId.of("p-b"), Readiness.READY_WITH_RESERVATIONS)),
                ClinicianId.of("c-rivera"), Instant.now()), "corr-resume-" + resumed);
        assertThat(deadlineRowsOf(resumed)).as("resuming deletes the pending review").isEmpty();

        // Watch until safely past the due time (several polls later) and until the control plan, paused
        // alike but never resumed, got its review: the scheduler was live the whole time.
        Instant safelyAfter = dueAt.plus(POLLING_INTERVAL.multipliedBy(3));
        await().atMost(Duration.between(Instant.now(), safelyAfter).plusSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> !reviewEventsOf(resumed).isEmpty()
                        || (Instant.now().isAfter(safelyAfter) && !reviewEventsOf(stillPaused).isEmpty()));

        assertThat(reviewEventsOf(resumed)).isEmpty();
        assertThat(reviewEventsOf(stillPaused)).hasSize(1);
    }

    private void startCommandSide() {
        running = CommandSideApplication.builder()
                .registerShutdownHook(false)
                .run("--server.port=0",
                        "--spring.datasource.url=" + POSTGRES.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--axon.kafka.bootstrap-servers=127.0.0.1:9",
                        "--axon.kafka.producer.properties.max.block.ms=500",
                        "--tandem.integrity.signing-key-file=target/test-integrity/checkpoint-signing-key.json",
                        "--tandem.privacy.master-key-file=target/test-keys/master-key.json");
    }

    private void openCouplesPlan(PlanId plan) {
        send(new OpenTreatmentPlan(plan, UnitKind.COUPLE, List.of(
                new Member(ParticipantId.of("p-a"), "Partner A", MemberRole.PARTNER, false, List.of()),
                new Member(ParticipantId.of("p-b"), "Partner B", MemberRole.PARTNER, false, List.of())),
                ClinicianId.of("c-rivera"), LevelOfCare.IOP_ADULT, Instant.now()), "corr-open-" + plan);
    }

    private void pause(PlanId plan, Instant dueAt) {
        send(new PauseCouplesTherapy(plan, PauseReason.ACTIVE_CONFLICT, LocalDate.ofInstant(dueAt, ZoneOffset.UTC),
                dueAt, JointSessionHandling.CANCEL, ClinicianId.of("c-rivera"), Instant.now()), "corr-pause-" + plan);
    }

    private void send(Object command, String correlationId) {
        running.getBean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(
                        EventMetadata.ACTOR, "c-rivera",
                        EventMetadata.CORRELATION_ID, correlationId,
                        EventMetadata.RECORDED_AT, Instant.now().toString())));
    }

    private static List<Map<String, Object>> reviewEventsOf(PlanId plan) {
        return DB.queryForList("select payload, metadata, timestamp from domainevententry "
                + "where aggregateidentifier = ? and payloadtype = ? order by sequencenumber", plan.value(), REVIEW_DUE);
    }

    /** The deadline rows whose scope is this plan, each task_data parsed as the JSON it must be. */
    private List<JsonNode> deadlineRowsOf(PlanId plan) {
        return DB.queryForList("select task_data from scheduled_tasks where task_name = ?", byte[].class,
                        DEADLINE_TASK).stream()
                .map(this::parse)
                .filter(details -> plan.value().equals(parse(binary(details, "s")).path("identifier").asText()))
                .toList();
    }

    private static byte[] binary(JsonNode node, String field) {
        try {
            return node.get(field).binaryValue();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode parse(byte[] bytes) {
        try {
            return json.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("not JSON: task data must never be Java- or XStream-serialized", e);
        }
    }
}
