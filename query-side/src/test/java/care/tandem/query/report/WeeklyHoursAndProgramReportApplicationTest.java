package care.tandem.query.report;

import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.serialization.TandemSerialization;
import care.tandem.query.hours.ParticipantWeeklyHoursResponse;
import care.tandem.query.hours.WeeklyHoursProjection;
import care.tandem.query.readmodel.ParticipantWeek;
import care.tandem.query.testing.PlanStream;
import care.tandem.query.testing.RunningQuerySide;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static care.tandem.query.testing.PlanFixtures.AVERY;
import static care.tandem.query.testing.PlanFixtures.AVERY_NAME;
import static care.tandem.query.testing.PlanFixtures.CLINICIAN;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static care.tandem.query.testing.PlanFixtures.JORDAN_NAME;
import static care.tandem.query.testing.PlanFixtures.PLAN;
import static care.tandem.query.testing.PlanFixtures.attendedTogether;
import static care.tandem.query.testing.PlanFixtures.corrected;
import static care.tandem.query.testing.PlanFixtures.jordanAbsent;
import static care.tandem.query.testing.PlanFixtures.late;
import static care.tandem.query.testing.PlanFixtures.opened;
import static care.tandem.query.testing.PlanFixtures.scheduled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The weekly hours and the program report over the real feed: an embedded Kafka broker (KRaft), the Mongo wire
 * server, and HTTP. Weeks are the default clinic's (America/New_York), minimums the ASAM defaults (adult IOP 9 hours).
 */
@ExtendWith(OutputCaptureExtension.class)
class WeeklyHoursAndProgramReportApplicationTest {

    private static final Duration PROJECTED_WITHIN = Duration.ofSeconds(60);

    @RegisterExtension
    static final RunningQuerySide querySide = new RunningQuerySide();

    private static final ObjectMapper json = TandemSerialization.objectMapper();

    @Test
    void hoursAndReportFollowTheFeedIncludingARedeliveryAndACorrection(CapturedOutput output) throws Exception {
        PlanStream plan = new PlanStream(PLAN);
        List<DomainEventMessage<?>> recorded = List.of(
                plan.next(opened()),
                plan.next(scheduled("s-1", "2026-03-02T15:00:00Z")),
                plan.next(scheduled("s-2", "2026-03-04T15:00:00Z")),
                plan.next(attendedTogether("s-1")),
                plan.next(jordanAbsent("s-2", AbsenceReason.EMOTIONAL_OVERWHELM, null)));
        querySide.publish(recorded);
        querySide.publish(recorded);

        // Week 10: Avery attended both hours, Jordan one; both are far under the 9 hours of adult IOP.
        await().atMost(PROJECTED_WITHIN).untilAsserted(() -> {
            JsonNode week = getJson("/api/weekly-hours?week=2026-W10");
            assertThat(week.path("enrolledParticipants").asLong()).isEqualTo(2);
            assertThat(week.path("underMinimumCount").asLong()).isEqualTo(2);
            assertThat(rows(week)).extracting(ParticipantWeek::participantId, ParticipantWeek::attendedHours,
                                              ParticipantWeek::scheduledHours, ParticipantWeek::underMinimum)
                    .containsExactly(tuple(AVERY.value(), 2.0, 2.0, true), tuple(JORDAN.value(), 1.0, 2.0, true));

            ProgramWeek program = programWeek10();
            assertThat(program.sessionsHeld()).isEqualTo(2);
            assertThat(program.attendanceRate()).isEqualTo(0.75);
            assertThat(program.jointAttendanceRatio()).isEqualTo(0.5);
            assertThat(program.underMinimumCount()).isEqualTo(2);
        });

        querySide.publish(List.of(plan.next(corrected("s-2", late(JORDAN, 30), "joined late"))));

        await().atMost(PROJECTED_WITHIN).untilAsserted(() -> {
            assertThat(rows(getJson("/api/weekly-hours?week=2026-W10"))).extracting(ParticipantWeek::attendedHours)
                    .containsExactly(2.0, 1.5);
            ProgramWeek program = programWeek10();
            assertThat(program.attendanceRate()).isEqualTo(1.0);
            assertThat(program.couplesSessionsAttendedJointly()).isEqualTo(2);
            assertThat(program.couplesSessionsAttendedSolo()).isZero();
        });

        JsonNode underMinimumOnly = getJson("/api/weekly-hours?week=2026-W10&underMinimum=true&size=1&page=1");
        assertThat(rows(underMinimumOnly)).extracting(ParticipantWeek::participantId).containsExactly(JORDAN.value());
        assertThat(underMinimumOnly.path("participants").path("totalItems").asLong()).isEqualTo(2);

        ParticipantWeeklyHoursResponse jordan = json.readValue(
                querySide.get("/api/treatment-plans/" + PLAN + "/participants/" + JORDAN + "/weekly-hours"
                              + "?from=2026-03-02&to=2026-03-15").body(), ParticipantWeeklyHoursResponse.class);
        assertThat(jordan.weeks()).extracting(ParticipantWeek::week, ParticipantWeek::attendedHours)
                .containsExactly(tuple("2026-W10", 1.5), tuple("2026-W11", 0.0));

        String clinicians = querySide.get("/api/reports/clinicians?week=2026-W10").body();
        assertThat(json.readValue(clinicians, ClinicianReportResponse.class).clinicianWeeks())
                .extracting(ClinicianWeek::clinicianId, week -> week.figures().sessionsHeld())
                .containsExactly(tuple(CLINICIAN.value(), 2));
        String program = querySide.get("/api/reports/program?month=2026-03").body();
        assertThat(program + clinicians).as("the report names no one")
                .doesNotContain(AVERY.value(), JORDAN.value(), AVERY_NAME, JORDAN_NAME, PLAN.value());
        assertThat(output).doesNotContain(AVERY_NAME, JORDAN_NAME, "joined late");
    }

    @Test
    void eachReadModelHasItsOwnTrackingProcessor() {
        EventProcessingConfiguration processing = querySide.app().getBean(EventProcessingConfiguration.class);

        for (String readModel : List.of(WeeklyHoursProjection.PROCESSING_GROUP,
                                        ProgramReportProjection.PROCESSING_GROUP)) {
            assertThat(processing.eventProcessor(readModel, TrackingEventProcessor.class)).isPresent();
        }
    }

    @ParameterizedTest
    @CsvSource({
            "/api/weekly-hours, week",
            "/api/weekly-hours?week=2026-W99, week",
            "/api/weekly-hours?week=2026-W10&underMinimum=maybe, underMinimum",
            "/api/weekly-hours?week=2026-W10&size=0, size",
            "/api/reports/program, week",
            "/api/reports/clinicians?from=2026-03-10&to=2026-03-01, to",
            "/api/treatment-plans/plan-7/participants/p-jordan/weekly-hours, week"})
    void aMissingOrMalformedParameterIsAProblemNamingIt(String path, String parameter) throws Exception {
        HttpResponse<String> response = querySide.get(path);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(response.body()).path("parameter").asText()).isEqualTo(parameter);
    }

    @ParameterizedTest
    @CsvSource({
            "plan-unknown, p-jordan, https://tandem.care/problems/plan-not-found",
            "plan-7, p-nobody, https://tandem.care/problems/participant-not-found"})
    void anUnknownPlanOrParticipantIsNotFound(String planId, String participantId, String problemType)
            throws Exception {
        querySide.publish(List.of(new PlanStream(PLAN).next(opened())));

        await().atMost(PROJECTED_WITHIN).untilAsserted(() -> {
            HttpResponse<String> response = querySide.get("/api/treatment-plans/" + planId + "/participants/"
                                                          + participantId + "/weekly-hours?week=2026-W10");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
            assertThat(json.readTree(response.body()).path("type").asText()).isEqualTo(problemType);
        });
    }

    private static ProgramWeek programWeek10() throws Exception {
        ProgramReportResponse report = json.readValue(querySide.get("/api/reports/program?week=2026-W10").body(),
                                                      ProgramReportResponse.class);
        assertThat(report.weeks()).extracting(ProgramWeek::week).containsExactly("2026-W10");
        return report.weeks().get(0);
    }

    private static List<ParticipantWeek> rows(JsonNode weeklyHours) throws IOException {
        return json.readerForListOf(ParticipantWeek.class).readValue(weeklyHours.path("participants").path("items"));
    }

    private static JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = querySide.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
