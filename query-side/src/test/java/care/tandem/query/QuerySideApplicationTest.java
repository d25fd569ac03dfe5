package care.tandem.query;

import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AdjustedFocus;
import care.tandem.events.plan.AttendanceCorrected;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.MemberRole;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.events.plan.SoloAttendanceRecorded;
import care.tandem.events.plan.TherapistJudgement;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.events.plan.UnitKind;
import care.tandem.events.serialization.TandemSerialization;
import care.tandem.query.absence.AbsentPartnerSummaryProjection;
import care.tandem.query.absence.AbsentPartnerSummaryResponse;
import care.tandem.query.audit.AttendanceAuditProjection;
import care.tandem.query.audit.AttendanceAuditResponse;
import care.tandem.query.readmodel.AttendanceFact;
import care.tandem.query.readmodel.AttendanceKind;
import care.tandem.query.readmodel.SessionStatus;
import care.tandem.query.schedule.ScheduleProjection;
import care.tandem.query.schedule.ScheduleResponse;
import care.tandem.query.testing.PlanStream;
import care.tandem.query.testing.RunningQuerySide;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.kafka.eventhandling.HeaderUtils;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static care.tandem.query.testing.PlanFixtures.AVERY;
import static care.tandem.query.testing.PlanFixtures.AVERY_NAME;
import static care.tandem.query.testing.PlanFixtures.CLINICIAN;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static care.tandem.query.testing.PlanFixtures.JORDAN_NAME;
import static care.tandem.query.testing.PlanFixtures.PLAN;
import static care.tandem.query.testing.PlanFixtures.RECORDED_AT;
import static care.tandem.query.testing.PlanFixtures.attendedTogether;
import static care.tandem.query.testing.PlanFixtures.cancelled;
import static care.tandem.query.testing.PlanFixtures.corrected;
import static care.tandem.query.testing.PlanFixtures.jordanAbsent;
import static care.tandem.query.testing.PlanFixtures.late;
import static care.tandem.query.testing.PlanFixtures.opened;
import static care.tandem.query.testing.PlanFixtures.partner;
import static care.tandem.query.testing.PlanFixtures.paused;
import static care.tandem.query.testing.PlanFixtures.resumed;
import static care.tandem.query.testing.PlanFixtures.scheduled;
import static care.tandem.query.testing.PlanStream.correlationIdOf;
import static care.tandem.query.testing.PlanStream.timestampOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The app as the launcher starts it, against an in-memory MongoDB and an embedded Kafka broker, fed the way the
 * command side publishes: Axon's default Kafka message converter with Tandem's serializer, keyed by plan id.
 */
@ExtendWith(OutputCaptureExtension.class)
class QuerySideApplicationTest {

    private static final String TRAVEL = "travelling for work";
    private static final String CAME_LATE = "joined late from the train";
    private static final Duration PROJECTED_WITHIN = Duration.ofSeconds(60);

    @RegisterExtension
    static final RunningQuerySide querySide = new RunningQuerySide();

    private static final ObjectMapper json = TandemSerialization.objectMapper();

    @Test
    void projectsTheFeedIntoEveryReadModelAndIgnoresRedeliveredEvents(CapturedOutput output) throws Exception {
        PlanStream plan = new PlanStream(PLAN);
        List<DomainEventMessage<?>> recorded = List.of(
                plan.next(opened()),
                plan.next(scheduled("s-1", "2026-03-02T15:00:00Z")),
                plan.next(scheduled("s-2", "2026-03-09T15:00:00Z")),
                plan.next(scheduled("s-3", "2026-03-16T15:00:00Z")),
                plan.next(attendedTogether("s-1")),
                plan.next(jordanAbsent("s-2", AbsenceReason.EMOTIONAL_OVERWHELM, null)),
                plan.next(paused()),
                plan.next(cancelled("s-3")));
        querySide.publish(recorded);

        await().atMost(PROJECTED_WITHIN).untilAsserted(() -> {
            ScheduleResponse schedule = readModel("schedule", ScheduleResponse.class);
            assertThat(schedule.sessions())
                    .extracting(session -> session.sessionId(), session -> session.status())
                    .containsExactly(tuple("s-1", SessionStatus.HELD), tuple("s-2", SessionStatus.HELD),
                                     tuple("s-3", SessionStatus.CANCELLED));
            assertThat(schedule.couplesTherapy().paused()).isTrue();
            assertThat(schedule.weeklyMinimumHours()).as("the ASAM default for adult IOP").isEqualTo(9);
            assertThat(querySide.get("/api/treatment-plans/" + PLAN + "/schedule").body())
                    .as("instants and dates on the wire are ISO-8601 strings")
                    .contains("\"startsAt\":\"2026-03-02T15:00:00Z\"", "\"reviewOn\":\"2026-04-01\"");
            assertThat(readModel("attendance-audit", AttendanceAuditResponse.class).entries())
                    .extracting(AttendanceAuditResponse.Entry::sequenceNumber).containsExactly(4L, 5L);
            assertThat(readModel("absent-partner-summary", AbsentPartnerSummaryResponse.class).partners())
                    .extracting(AbsentPartnerSummaryResponse.Partner::jointSessionsMissed).containsExactly(0, 1);
        });

        // The whole stream arrives again, as after a lost offset commit, followed by new events of the plan.
        querySide.publish(recorded);
        querySide.publish(List.of(
                plan.next(resumed()),
                plan.next(scheduled("s-4", "2026-04-06T15:00:00Z")),
                plan.next(jordanAbsent("s-4", AbsenceReason.OTHER, TRAVEL)),
                plan.next(corrected("s-4", late(JORDAN, 20), CAME_LATE))));

        // Each read model has its own processor; the new events come after the redelivered ones on the plan's
        // partition, so once a read model shows them it has seen the redelivery too.
        await().atMost(PROJECTED_WITHIN).untilAsserted(() -> {
            ScheduleResponse schedule = readModel("schedule", ScheduleResponse.class);
            assertThat(schedule.sessions())
                    .extracting(session -> session.sessionId(), session -> session.status(),
                                session -> session.attendance() == null ? null : session.attendance().kind())
                    .containsExactly(tuple("s-1", SessionStatus.HELD, AttendanceKind.JOINT),
                                     tuple("s-2", SessionStatus.HELD, AttendanceKind.SOLO),
                                     tuple("s-3", SessionStatus.CANCELLED, null),
                                     tuple("s-4", SessionStatus.HELD, AttendanceKind.SOLO));
            assertThat(schedule.couplesTherapy().paused()).isFalse();

            assertThat(readModel("attendance-audit", AttendanceAuditResponse.class).entries())
                    .containsExactly(
                            new AttendanceAuditResponse.Entry(
                                    4, "s-1", Instant.parse("2026-03-02T15:00:00Z"), AttendanceKind.JOINT,
                                    List.of(AVERY.value(), JORDAN.value()), null, null, null, null, null, null,
                                    AttendanceFact.allOf(attendedTogether("s-1")), null, null, List.of(),
                                    CLINICIAN.value(), RECORDED_AT, CLINICIAN.value(), correlationIdOf(4),
                                    timestampOf(4)),
                            new AttendanceAuditResponse.Entry(
                                    5, "s-2", Instant.parse("2026-03-09T15:00:00Z"), AttendanceKind.SOLO, null,
                                    AVERY.value(), JORDAN.value(), AbsenceReason.EMOTIONAL_OVERWHELM, null,
                                    TherapistJudgement.ABSENCE_HINDERS_PROGRESS, AdjustedFocus.RELAPSE_PREVENTION,
                                    AttendanceFact.allOf(jordanAbsent("s-2", AbsenceReason.EMOTIONAL_OVERWHELM, null)),
                                    null, null, List.of(), CLINICIAN.value(), RECORDED_AT, CLINICIAN.value(),
                                    correlationIdOf(5), timestampOf(5)),
                            new AttendanceAuditResponse.Entry(
                                    10, "s-4", Instant.parse("2026-04-06T15:00:00Z"), AttendanceKind.SOLO, null,
                                    AVERY.value(), JORDAN.value(), AbsenceReason.OTHER, TRAVEL,
                                    TherapistJudgement.ABSENCE_HINDERS_PROGRESS, AdjustedFocus.RELAPSE_PREVENTION,
                                    AttendanceFact.allOf(jordanAbsent("s-4", AbsenceReason.OTHER, TRAVEL)), null,
                                    null, List.of(11L), CLINICIAN.value(), RECORDED_AT, CLINICIAN.value(),
                                    correlationIdOf(10), timestampOf(10)),
                            new AttendanceAuditResponse.Entry(
                                    11, "s-4", Instant.parse("2026-04-06T15:00:00Z"), AttendanceKind.CORRECTION, null,
                                    null, null, null, null, null, null, List.of(AttendanceFact.of(late(JORDAN, 20))),
                                    CAME_LATE, 10L, List.of(), CLINICIAN.value(), RECORDED_AT, CLINICIAN.value(),
                                    correlationIdOf(11), timestampOf(11)));

            // The correction turned Jordan's absence from s-4 into a late arrival: it ends the run of misses.
            assertThat(readModel("absent-partner-summary", AbsentPartnerSummaryResponse.class).partners())
                    .extracting(partner -> partner.displayName(), partner -> partner.jointSessionsMissed(),
                                partner -> partner.consecutiveJointSessionsMissed(),
                                partner -> partner.lastJointSessionAttended().sessionId())
                    .containsExactly(tuple(AVERY_NAME, 0, 0, "s-4"), tuple(JORDAN_NAME, 1, 0, "s-4"));
        });

        assertThat(output).doesNotContain(AVERY_NAME, JORDAN_NAME, TRAVEL, CAME_LATE);
    }

    /** The feed keeps the first release's records for good: a rebuilt read model reads them as today's events. */
    @Test
    void aRevisionOneJointSessionOnTheFeedLandsInTheScheduleAsACouplesSession() throws Exception {
        PlanId firstReleasePlan = PlanId.of("plan-first-release");
        PlanStream plan = new PlanStream(firstReleasePlan);
        publishAsTheFirstRelease(plan, "TreatmentPlanOpened", """
                {"planId":"plan-first-release","partners":[{"participantId":"p-avery","displayName":"Avery Quinn"},\
                {"participantId":"p-jordan","displayName":"Jordan Quinn"}],"primaryClinician":"c-lee",\
                "openedAt":"2026-03-01T09:00:00Z"}""");
        publishAsTheFirstRelease(plan, "JointSessionScheduled", """
                {"planId":"plan-first-release","sessionId":"s-1","startsAt":"2026-03-02T15:00:00Z",\
                "durationMinutes":90,"clinician":"c-lee","expectedParticipants":["p-avery","p-jordan"]}""");

        await().atMost(PROJECTED_WITHIN).untilAsserted(() -> {
            ScheduleResponse schedule = readModel(firstReleasePlan, "schedule", ScheduleResponse.class);
            assertThat(schedule.sessions()).containsExactly(new ScheduleResponse.Session(
                    "s-1", SessionKind.COUPLES, Instant.parse("2026-03-02T15:00:00Z"), 90, CLINICIAN.value(),
                    List.of(AVERY.value(), JORDAN.value()), LocationMode.NOT_RECORDED, null, null,
                    SessionStatus.SCHEDULED, null, null));
            assertThat(schedule.members()).extracting(ScheduleResponse.Member::role)
                    .containsExactly(MemberRole.PARTNER, MemberRole.PARTNER);
        });
    }

    @Test
    void everyReadModelHasItsOwnTrackingProcessorKeepingItsKafkaPositionInMongo() {
        EventProcessingConfiguration processing = querySide.app().getBean(EventProcessingConfiguration.class);
        TokenStore tokenStore = querySide.app().getBean(TokenStore.class);
        querySide.publish(List.of(new PlanStream(PLAN).next(opened())));

        for (String readModel : List.of(ScheduleProjection.PROCESSING_GROUP,
                                        AttendanceAuditProjection.PROCESSING_GROUP,
                                        AbsentPartnerSummaryProjection.PROCESSING_GROUP)) {
            assertThat(processing.eventProcessor(readModel, TrackingEventProcessor.class)).isPresent();
            await().atMost(PROJECTED_WITHIN).untilAsserted(() -> assertThat(tokenStore.fetchToken(readModel, 0))
                    .isInstanceOfSatisfying(KafkaTrackingToken.class,
                                            token -> assertThat(token.getPositions()).isNotEmpty()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"schedule", "attendance-audit", "absent-partner-summary"})
    void anUnknownPlanIsAProblemNamingThePlan(String readModel) throws Exception {
        HttpResponse<String> response = querySide.get("/api/treatment-plans/plan-unknown/" + readModel);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("type").asText()).isEqualTo("https://tandem.care/problems/plan-not-found");
        assertThat(problem.path("planId").asText()).isEqualTo("plan-unknown");
        assertThat(problem.path("detail").asText()).contains("plan-unknown", readModel);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Jane%20Doe's%20plan",
            "plan%3Fid",
            "a123456789b123456789c123456789d123456789e123456789f123456789g12345"})
    void aMalformedPlanIdIsAProblemNamingTheParameterWhoseValueIsNeverLogged(String planId, CapturedOutput output)
            throws Exception {
        HttpResponse<String> response = querySide.get("/api/treatment-plans/" + planId + "/schedule");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("type").asText()).isEqualTo("https://tandem.care/problems/malformed-parameter");
        assertThat(problem.path("parameter").asText()).isEqualTo("planId");
        assertThat(problem.path("detail").asText()).contains("planId").doesNotContain("Jane", "a123456789b");
        assertThat(output).doesNotContain("Jane", "a123456789b");
    }

    /** The compliance replay and the participant's audit, as a client sees them; free text stays out of the log. */
    @Test
    void theComplianceReplayAnswersInJsonOrCsvAndEveryBadRequestIsAProblem(CapturedOutput output) throws Exception {
        PlanId plan = PlanId.of("plan-replay");
        String formula = "=cmd|' /C calc'!A0";
        PlanStream stream = new PlanStream(plan);
        querySide.publish(List.of(
                stream.next(new TreatmentPlanOpened(plan, UnitKind.COUPLE, List.of(partner(AVERY, AVERY_NAME),
                        partner(JORDAN, JORDAN_NAME)), CLINICIAN, LevelOfCare.IOP_ADULT, RECORDED_AT)),
                stream.next(new SessionScheduled(plan, SessionId.of("s-1"), SessionKind.COUPLES,
                        Instant.parse("2026-03-02T15:00:00Z"), 60, CLINICIAN, List.of(AVERY, JORDAN),
                        LocationMode.SAME_LOCATION, null, null)),
                stream.next(new SoloAttendanceRecorded(plan, SessionId.of("s-1"), AVERY, JORDAN, AbsenceReason.OTHER,
                        formula, TherapistJudgement.ABSENCE_HINDERS_PROGRESS, AdjustedFocus.RELAPSE_PREVENTION,
                        CLINICIAN, RECORDED_AT)),
                stream.next(new AttendanceCorrected(plan, SessionId.of("s-1"), late(JORDAN, 20), CAME_LATE, CLINICIAN,
                        RECORDED_AT))));
        String history = "/api/compliance/treatment-plans/plan-replay/attendance-history";

        await().atMost(PROJECTED_WITHIN).untilAsserted(() -> {
            JsonNode replay = json.readTree(querySide.get(history).body());
            assertThat(replay.path("facts")).hasSize(2);
            assertThat(replay.path("standing").get(0).path("attendance").get(1).path("sequenceNumber").asLong())
                    .isEqualTo(3);
        });
        JsonNode asOfTheSoloFact = json.readTree(querySide.get(history + "?asOf=" + timestampOf(2)).body());
        assertThat(asOfTheSoloFact.path("facts")).hasSize(1);
        assertThat(asOfTheSoloFact.path("standing").get(0).path("attendance").get(1).path("attendance")
                .path("status").asText()).isEqualTo("ABSENT");

        for (HttpResponse<String> csv : List.of(querySide.get(history, "text/csv"),
                                                querySide.get(history + "?format=csv"))) {
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
            assertThat(csv.body().split("\r\n")).hasSize(4);
            assertThat(csv.body()).contains(",'=cmd|' /C calc'!A0,").doesNotContain("," + formula);
        }

        assertProblem(querySide.get(history + "?asOf=last-tuesday"), 400, "invalid-parameter", "asOf");
        assertProblem(querySide.get(history + "?occurredBefore=2026-03-02"), 400, "invalid-parameter",
                      "occurredBefore");
        assertProblem(querySide.get(history + "?format=xlsx"), 400, "invalid-parameter", "format");
        assertProblem(querySide.get(history.replace("plan-replay", "plan-unknown"), "text/csv"), 404,
                      "plan-not-found", null);
        assertProblem(querySide.get("/api/treatment-plans/plan-replay/participants/p-stranger/attendance-audit"), 404,
                      "participant-not-found", null);
        assertProblem(querySide.get("/api/treatment-plans/plan-replay/attendance-audit?size=0"), 400,
                      "invalid-parameter", "size");

        AttendanceAuditResponse jordansSecondPage = json.readValue(
                querySide.get("/api/treatment-plans/plan-replay/participants/p-jordan/attendance-audit"
                              + "?page=1&size=1").body(),
                AttendanceAuditResponse.class);
        assertThat(jordansSecondPage.entries()).extracting(AttendanceAuditResponse.Entry::sequenceNumber)
                .containsExactly(3L);
        assertThat(jordansSecondPage.totalItems()).isEqualTo(2);
        assertThat(output).doesNotContain(formula, CAME_LATE);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type, String parameter)
            throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("type").asText()).isEqualTo("https://tandem.care/problems/" + type);
        if (parameter != null) {
            assertThat(problem.path("parameter").asText()).isEqualTo(parameter);
        }
    }

    /** As the first release published an event: its type and revision 1 in the headers, its JSON as the value. */
    private static void publishAsTheFirstRelease(PlanStream plan, String eventType, String revisionOneJson) {
        DomainEventMessage<?> message = plan.next(revisionOneJson);
        SerializedObject<byte[]> payload = new SimpleSerializedObject<>(
                revisionOneJson.getBytes(StandardCharsets.UTF_8), byte[].class, "care.tandem.events.plan." + eventType,
                "1");
        querySide.publish(new ProducerRecord<>(RunningQuerySide.TOPIC, null, null, message.getAggregateIdentifier(),
                                               payload.getData(),
                                               HeaderUtils.toHeaders(message, payload, HeaderUtils.byteMapper())));
    }

    private static <T> T readModel(String readModel, Class<T> responseType) throws Exception {
        return readModel(PLAN, readModel, responseType);
    }

    private static <T> T readModel(PlanId plan, String readModel, Class<T> responseType) throws Exception {
        HttpResponse<String> response = querySide.get("/api/treatment-plans/" + plan + "/" + readModel);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readValue(response.body(), responseType);
    }
}
