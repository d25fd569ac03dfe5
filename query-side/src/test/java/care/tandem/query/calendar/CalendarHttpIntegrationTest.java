package care.tandem.query.calendar;

import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AttendanceStatus;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.serialization.TandemSerialization;
import care.tandem.query.readmodel.AttendanceKind;
import care.tandem.query.readmodel.SessionStatus;
import care.tandem.query.schedule.ParticipantScheduleResponse;
import care.tandem.query.schedule.ScheduleResponse;
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

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static care.tandem.query.calendar.CalendarFixtures.CASEY;
import static care.tandem.query.calendar.CalendarFixtures.DREW;
import static care.tandem.query.calendar.CalendarFixtures.GROUP;
import static care.tandem.query.calendar.CalendarFixtures.OTHER_PLAN;
import static care.tandem.query.calendar.CalendarFixtures.cancelledFor;
import static care.tandem.query.calendar.CalendarFixtures.groupAttendance;
import static care.tandem.query.calendar.CalendarFixtures.groupSession;
import static care.tandem.query.testing.PlanFixtures.AVERY;
import static care.tandem.query.testing.PlanFixtures.CLINICIAN;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static care.tandem.query.testing.PlanFixtures.PLAN;
import static care.tandem.query.testing.PlanFixtures.corrected;
import static care.tandem.query.testing.PlanFixtures.jordanAbsent;
import static care.tandem.query.testing.PlanFixtures.late;
import static care.tandem.query.testing.PlanFixtures.noShow;
import static care.tandem.query.testing.PlanFixtures.opened;
import static care.tandem.query.testing.PlanFixtures.present;
import static care.tandem.query.testing.PlanFixtures.rescheduled;
import static care.tandem.query.testing.PlanFixtures.scheduled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/** The schedules by period, per participant and per clinician, from the Kafka feed to HTTP. */
@ExtendWith(OutputCaptureExtension.class)
class CalendarHttpIntegrationTest {

    private static final String TRAVEL = "travelling for work";
    private static final String CAME_LATE = "joined late from the train";
    private static final Duration PROJECTED_WITHIN = Duration.ofSeconds(60);
    private static final String CLINICIAN_WEEK_10 = "/api/clinicians/" + CLINICIAN + "/schedule?week=2026-W10";

    @RegisterExtension
    static final RunningQuerySide querySide = new RunningQuerySide();

    private static final ObjectMapper json = TandemSerialization.objectMapper();

    @Test
    void theSchedulesFollowTheFeedAcrossPlansAndIgnoreRedeliveredEvents(CapturedOutput output) throws Exception {
        PlanStream plan = new PlanStream(PLAN);
        PlanStream otherPlan = new PlanStream(OTHER_PLAN);
        List<DomainEventMessage<?>> planEvents = List.of(
                plan.next(opened()),
                plan.next(scheduled("s-1", "2026-03-02T15:00:00Z")),
                plan.next(scheduled("s-2", "2026-03-04T15:00:00Z")),
                plan.next(groupSession(PLAN, "2026-03-05T23:00:00Z", AVERY, JORDAN)),
                plan.next(jordanAbsent("s-1", AbsenceReason.OTHER, TRAVEL)),
                plan.next(corrected("s-1", late(JORDAN, 20), CAME_LATE)),
                plan.next(rescheduled("s-2", "2026-03-18T14:00:00Z", 60)));
        // The other family's plan arrives first, then ours, then the rest of theirs.
        querySide.publish(List.of(otherPlan.next(groupSession(OTHER_PLAN, "2026-03-05T23:00:00Z", CASEY, DREW))));
        querySide.publish(planEvents);
        querySide.publish(List.of(otherPlan.next(groupAttendance(OTHER_PLAN, present(CASEY), noShow(DREW)))));

        await().atMost(PROJECTED_WITHIN).untilAsserted(() -> {
            ClinicianScheduleResponse week = read(CLINICIAN_WEEK_10, ClinicianScheduleResponse.class);
            assertThat(week.days()).extracting(ClinicianScheduleResponse.Day::date)
                    .startsWith(LocalDate.parse("2026-03-02")).endsWith(LocalDate.parse("2026-03-08")).hasSize(7);
            assertThat(week.days()).extracting(day -> day.sessions().stream()
                            .map(ClinicianScheduleResponse.Session::sessionId).toList())
                    .containsExactly(List.of("s-1"), List.of(), List.of(), List.of(GROUP), List.of(), List.of(),
                                     List.of());
            ClinicianScheduleResponse.Session soloHeld = week.days().get(0).sessions().get(0);
            assertThat(soloHeld.plans()).singleElement().satisfies(share -> {
                assertThat(share.status()).isEqualTo(SessionStatus.HELD);
                assertThat(share.attendanceKind()).isEqualTo(AttendanceKind.SOLO);
                assertThat(share.participants())
                        .extracting(participant -> participant.participantId(),
                                    participant -> participant.attendance().status(),
                                    participant -> participant.attendanceCorrected())
                        .containsExactly(tuple(AVERY.value(), AttendanceStatus.ATTENDED, false),
                                         tuple(JORDAN.value(), AttendanceStatus.LATE, true));
            });
            assertThat(week.days().get(3).sessions().get(0).plans())
                    .extracting(share -> share.planId(), share -> share.status())
                    .containsExactly(tuple(PLAN.value(), SessionStatus.SCHEDULED),
                                     tuple(OTHER_PLAN.value(), SessionStatus.HELD));
        });

        // Our plan's stream arrives again, as after a lost offset commit, followed by a new event of the plan.
        querySide.publish(planEvents);
        querySide.publish(List.of(plan.next(cancelledFor(PLAN, "s-2", CancellationReason.CLINICIAN_UNAVAILABLE))));

        await().atMost(PROJECTED_WITHIN).untilAsserted(() -> {
            ClinicianScheduleResponse march = read("/api/clinicians/" + CLINICIAN + "/schedule?month=2026-03",
                                                   ClinicianScheduleResponse.class);
            assertThat(march.days()).hasSize(31);
            assertThat(march.days()).flatExtracting(ClinicianScheduleResponse.Day::sessions)
                    .extracting(session -> session.sessionId(), session -> session.plans().get(0).status(),
                                session -> session.plans().get(0).cancellationReason())
                    .containsExactly(tuple("s-1", SessionStatus.HELD, null),
                                     tuple(GROUP, SessionStatus.SCHEDULED, null),
                                     tuple("s-2", SessionStatus.CANCELLED, CancellationReason.CLINICIAN_UNAVAILABLE));
        });
        assertThat(read(CLINICIAN_WEEK_10, ClinicianScheduleResponse.class).days())
                .flatExtracting(ClinicianScheduleResponse.Day::sessions).hasSize(2);

        assertThat(read("/api/treatment-plans/" + PLAN + "/schedule?from=2026-03-02&to=2026-03-04",
                        ScheduleResponse.class).sessions())
                .extracting(ScheduleResponse.Session::sessionId).containsExactly("s-1");

        HttpResponse<String> jordan = querySide.get(
                "/api/treatment-plans/" + PLAN + "/participants/" + JORDAN + "/schedule?week=2026-W10");
        assertThat(jordan.statusCode()).isEqualTo(200);
        assertThat(jordan.body()).doesNotContain(AVERY.value(), "SOLO", TRAVEL);
        assertThat(json.readValue(jordan.body(), ParticipantScheduleResponse.class).sessions())
                .extracting(session -> session.sessionId(), session -> session.attendance() == null ? null
                        : session.attendance().status())
                .containsExactly(tuple("s-1", AttendanceStatus.LATE), tuple(GROUP, null));

        assertThat(output).doesNotContain(TRAVEL, CAME_LATE);
    }

    @Test
    void theClinicianCalendarHasItsOwnTrackingProcessor() {
        EventProcessingConfiguration processing = querySide.app().getBean(EventProcessingConfiguration.class);

        assertThat(processing.eventProcessor(ClinicianCalendarProjection.PROCESSING_GROUP,
                                             TrackingEventProcessor.class)).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/api/clinicians/c-lee/schedule                              | week",
            "/api/clinicians/c-lee/schedule?week=2026-W99                | week",
            "/api/clinicians/c-lee/schedule?from=2026-03-01              | to",
            "/api/clinicians/c-lee/schedule?month=2026-03&week=2026-W10  | week",
            "/api/treatment-plans/plan-7/schedule?month=March            | month"})
    void aMissingOrBrokenPeriodIsAProblemNamingTheParameter(String path, String parameter) throws Exception {
        HttpResponse<String> response = querySide.get(path);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("type").asText()).isEqualTo("https://tandem.care/problems/invalid-parameter");
        assertThat(problem.path("parameter").asText()).isEqualTo(parameter);
    }

    @Test
    void aMalformedClinicianIdIsAProblemNamingIt() throws Exception {
        HttpResponse<String> response = querySide.get("/api/clinicians/Dr%20Jane%20Doe/schedule?week=2026-W10");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("parameter").asText()).isEqualTo("clinicianId");
        assertThat(problem.path("detail").asText()).doesNotContain("Jane");
    }

    @Test
    void aParticipantWhoNeverBelongedToThePlanIsAProblem() throws Exception {
        querySide.publish(List.of(new PlanStream(PLAN).next(opened())));

        await().atMost(PROJECTED_WITHIN).untilAsserted(() -> {
            HttpResponse<String> response = querySide.get(
                    "/api/treatment-plans/" + PLAN + "/participants/p-stranger/schedule?week=2026-W10");
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.path("type").asText()).isEqualTo("https://tandem.care/problems/participant-not-found");
            assertThat(problem.path("participantId").asText()).isEqualTo("p-stranger");
        });
    }

    private static <T> T read(String path, Class<T> responseType) throws Exception {
        HttpResponse<String> response = querySide.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readValue(response.body(), responseType);
    }
}
