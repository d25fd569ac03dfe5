package care.tandem.query.schedule;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AttendanceStatus;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.SessionKind;
import care.tandem.query.api.ParticipantNotFoundException;
import care.tandem.query.api.Period;
import care.tandem.query.api.PlanNotFoundException;
import care.tandem.query.config.LevelOfCareMinimums;
import care.tandem.query.readmodel.AttendanceFact;
import care.tandem.query.readmodel.SessionStatus;
import care.tandem.query.testing.InMemoryMongo;
import care.tandem.query.testing.Projector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static care.tandem.query.testing.PlanFixtures.AVERY;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static care.tandem.query.testing.PlanFixtures.PLAN;
import static care.tandem.query.testing.PlanFixtures.RILEY;
import static care.tandem.query.testing.PlanFixtures.added;
import static care.tandem.query.testing.PlanFixtures.attendance;
import static care.tandem.query.testing.PlanFixtures.cancelled;
import static care.tandem.query.testing.PlanFixtures.corrected;
import static care.tandem.query.testing.PlanFixtures.jordanAbsent;
import static care.tandem.query.testing.PlanFixtures.late;
import static care.tandem.query.testing.PlanFixtures.left;
import static care.tandem.query.testing.PlanFixtures.makeupScheduled;
import static care.tandem.query.testing.PlanFixtures.opened;
import static care.tandem.query.testing.PlanFixtures.present;
import static care.tandem.query.testing.PlanFixtures.riley;
import static care.tandem.query.testing.PlanFixtures.scheduled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ScheduleControllerTest {

    /** Monday 2 March 2026 to Monday 9 March, 00:00 in New York. */
    private static final Period FIRST_WEEK = new Period(Instant.parse("2026-03-02T05:00:00Z"),
                                                        Instant.parse("2026-03-09T04:00:00Z"));

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private ScheduleController controller;
    private Projector projector;

    @BeforeEach
    void newReadModel() {
        ScheduleDocuments schedules = new ScheduleDocuments(mongo.freshDatabase());
        controller = new ScheduleController(schedules, new LevelOfCareMinimums(Map.of(
                LevelOfCare.IOP_ADULT, 9, LevelOfCare.IOP_ADOLESCENT, 6, LevelOfCare.PHP, 20)));
        projector = new Projector(new ScheduleProjection(schedules));
    }

    @Test
    void aPlansScheduleListsOnlyTheSessionsStartingInThePeriodInStartOrder() {
        projector.project(opened(),
                          scheduled("s-late", "2026-03-08T23:30:00Z"),
                          scheduled("s-before", "2026-03-02T04:59:59Z"),
                          scheduled("s-first", "2026-03-02T05:00:00Z"),
                          scheduled("s-after", "2026-03-09T04:00:00Z"));

        assertThat(controller.schedule(PLAN, FIRST_WEEK).sessions())
                .extracting(ScheduleResponse.Session::sessionId).containsExactly("s-first", "s-late");
        assertThat(controller.schedule(PLAN, Period.UNBOUNDED).sessions())
                .extracting(ScheduleResponse.Session::sessionId)
                .containsExactly("s-before", "s-first", "s-late", "s-after");
    }

    @Test
    void aParticipantsScheduleListsTheirSessionsWithOnlyTheirOwnAttendance() {
        projector.project(opened(),
                          scheduled("s-2", "2026-03-04T15:00:00Z"),
                          scheduled("s-1", "2026-03-03T15:00:00Z"),
                          scheduled("s-avery", SessionKind.INDIVIDUAL, "2026-03-05T15:00:00Z", List.of(AVERY), null,
                                    null),
                          makeupScheduled("s-jordan", "2026-03-06T15:00:00Z", "s-1"),
                          jordanAbsent("s-1", AbsenceReason.SCHEDULING_CONFLICT, "a detail only the audit keeps"),
                          attendance("s-2", present(AVERY), late(JORDAN, 10)),
                          corrected("s-2", late(AVERY, 5), "camera on late"),
                          cancelled("s-avery"));

        ParticipantScheduleResponse jordan = controller.participantSchedule(PLAN, JORDAN, FIRST_WEEK);

        assertThat(jordan.planId()).isEqualTo(PLAN.value());
        assertThat(jordan.participantId()).isEqualTo(JORDAN.value());
        assertThat(jordan.sessions())
                .extracting(ParticipantScheduleResponse.Session::sessionId,
                            ParticipantScheduleResponse.Session::status,
                            ParticipantScheduleResponse.Session::attendance,
                            ParticipantScheduleResponse.Session::attendanceCorrected)
                .containsExactly(
                        tuple("s-1", SessionStatus.HELD, new AttendanceFact(JORDAN.value(), AttendanceStatus.ABSENT,
                                                                            null, null,
                                                                            AbsenceReason.SCHEDULING_CONFLICT, null),
                              false),
                        tuple("s-2", SessionStatus.HELD, AttendanceFact.of(late(JORDAN, 10)), false),
                        tuple("s-jordan", SessionStatus.SCHEDULED, null, false));
        assertThat(jordan.toString()).doesNotContain(AVERY.value(), "SOLO", "a detail only the audit keeps");

        ParticipantScheduleResponse avery = controller.participantSchedule(PLAN, AVERY, FIRST_WEEK);

        assertThat(avery.sessions())
                .extracting(ParticipantScheduleResponse.Session::sessionId,
                            session -> session.attendance() == null ? null : session.attendance().status(),
                            ParticipantScheduleResponse.Session::attendanceCorrected,
                            ParticipantScheduleResponse.Session::cancellationReason)
                .containsExactly(tuple("s-1", AttendanceStatus.ATTENDED, false, null),
                                 tuple("s-2", AttendanceStatus.LATE, true, null),
                                 tuple("s-avery", null, false, CancellationReason.COUPLES_THERAPY_PAUSED));
        assertThat(avery.toString()).doesNotContain(JORDAN.value(), "SCHEDULING_CONFLICT");
    }

    @Test
    void aParticipantsScheduleKeepsToThePeriod() {
        projector.project(opened(), scheduled("s-1", "2026-03-03T15:00:00Z"), scheduled("s-2", "2026-03-10T15:00:00Z"));

        assertThat(controller.participantSchedule(PLAN, AVERY, FIRST_WEEK).sessions())
                .extracting(ParticipantScheduleResponse.Session::sessionId).containsExactly("s-1");
        assertThat(controller.participantSchedule(PLAN, AVERY, Period.UNBOUNDED).sessions())
                .extracting(ParticipantScheduleResponse.Session::sessionId).containsExactly("s-1", "s-2");
    }

    @Test
    void aMemberWhoLeftStillHasTheirScheduleAndOneWhoJoinedLaterTheirs() {
        projector.project(opened(), added(riley()), scheduled("s-1", "2026-03-03T15:00:00Z"), left(JORDAN));

        assertThat(controller.participantSchedule(PLAN, JORDAN, FIRST_WEEK).sessions()).hasSize(1);
        assertThat(controller.participantSchedule(PLAN, RILEY, FIRST_WEEK).sessions()).isEmpty();
    }

    @Test
    void aParticipantWhoNeverBelongedToThePlanIsNotFound() {
        projector.project(opened());

        assertThatThrownBy(() -> controller.participantSchedule(PLAN, ParticipantId.of("p-stranger"), FIRST_WEEK))
                .isInstanceOfSatisfying(ParticipantNotFoundException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(404);
                    assertThat(e.getBody().getType()).isEqualTo(ParticipantNotFoundException.TYPE);
                    assertThat(e.getBody().getProperties()).containsEntry("participantId", "p-stranger");
                });
    }

    @Test
    void anUnknownPlanIsNotFoundForAParticipantEither() {
        assertThatThrownBy(() -> controller.participantSchedule(PlanId.of("plan-unknown"), AVERY, FIRST_WEEK))
                .isInstanceOf(PlanNotFoundException.class);
    }
}
