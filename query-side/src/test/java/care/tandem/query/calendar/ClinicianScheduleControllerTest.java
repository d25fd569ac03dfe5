package care.tandem.query.calendar;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.SessionKind;
import care.tandem.query.api.InvalidParameterException;
import care.tandem.query.api.Period;
import care.tandem.query.readmodel.AttendanceFact;
import care.tandem.query.readmodel.AttendanceKind;
import care.tandem.query.readmodel.IsoWeek;
import care.tandem.query.readmodel.SessionStatus;
import care.tandem.query.testing.InMemoryMongo;
import care.tandem.query.testing.Projector;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Predicate;

import static care.tandem.query.calendar.CalendarFixtures.CASEY;
import static care.tandem.query.calendar.CalendarFixtures.DREW;
import static care.tandem.query.calendar.CalendarFixtures.GROUP;
import static care.tandem.query.calendar.CalendarFixtures.GROUP_MINUTES;
import static care.tandem.query.calendar.CalendarFixtures.NEW_YORK;
import static care.tandem.query.calendar.CalendarFixtures.OTHER_PLAN;
import static care.tandem.query.calendar.CalendarFixtures.cancelledFor;
import static care.tandem.query.calendar.CalendarFixtures.correctedFor;
import static care.tandem.query.calendar.CalendarFixtures.groupAttendance;
import static care.tandem.query.calendar.CalendarFixtures.groupSession;
import static care.tandem.query.calendar.CalendarFixtures.scheduledWith;
import static care.tandem.query.testing.PlanFixtures.AVERY;
import static care.tandem.query.testing.PlanFixtures.CLINICIAN;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static care.tandem.query.testing.PlanFixtures.PLAN;
import static care.tandem.query.testing.PlanFixtures.late;
import static care.tandem.query.testing.PlanFixtures.noShow;
import static care.tandem.query.testing.PlanFixtures.present;
import static care.tandem.query.testing.PlanFixtures.rescheduled;
import static care.tandem.query.testing.PlanFixtures.scheduled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ClinicianScheduleControllerTest {

    private static final IsoWeek W10 = new IsoWeek(2026, 10);
    private static final Period WEEK_10 = new Period(NEW_YORK.startOf(W10), NEW_YORK.endOf(W10));
    private static final Period MARCH = new Period(NEW_YORK.startOf(LocalDate.parse("2026-03-01")),
                                                   NEW_YORK.startOf(LocalDate.parse("2026-04-01")));

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private ClinicianScheduleController controller;
    private Projector plan;
    private Projector otherPlan;
    /** The plans the caller's care teams hold: every plan unless a test narrows it. */
    private Predicate<String> visiblePlans;

    @BeforeEach
    void newReadModel() {
        MongoDatabase database = mongo.freshDatabase();
        ClinicianWeekDocuments weeks = new ClinicianWeekDocuments(database);
        ClinicianCalendarProjection projection =
                new ClinicianCalendarProjection(new CalendarPlanDocuments(database), weeks, NEW_YORK);
        visiblePlans = planId -> true;
        controller = new ClinicianScheduleController(weeks, NEW_YORK, () -> planId -> visiblePlans.test(planId));
        plan = new Projector(projection, PLAN);
        otherPlan = new Projector(projection, OTHER_PLAN);
    }

    @Test
    void aWeekHasEveryClinicDayWithItsSessionsInStartOrder() {
        plan.project(scheduled("s-wed", "2026-03-04T15:00:00Z"),
                     scheduled("s-sunday-evening", "2026-03-09T01:00:00Z"),
                     scheduled("s-mon", "2026-03-02T15:00:00Z"),
                     scheduled("s-mon-early", "2026-03-02T13:00:00Z"),
                     scheduled("s-next-monday", "2026-03-09T14:00:00Z"));

        ClinicianScheduleResponse schedule = controller.schedule(CLINICIAN, WEEK_10);

        assertThat(schedule.clinicianId()).isEqualTo(CLINICIAN.value());
        assertThat(schedule.timeZone()).isEqualTo("America/New_York");
        assertThat(schedule.days()).extracting(ClinicianScheduleResponse.Day::date)
                .containsExactly(LocalDate.parse("2026-03-02").datesUntil(LocalDate.parse("2026-03-09"))
                                         .toArray(LocalDate[]::new));
        assertThat(schedule.days()).extracting(day -> day.sessions().stream()
                        .map(ClinicianScheduleResponse.Session::sessionId).toList())
                .containsExactly(List.of("s-mon-early", "s-mon"), List.of(), List.of("s-wed"), List.of(), List.of(),
                                 List.of(), List.of("s-sunday-evening"));
    }

    @Test
    void aMonthListsOnlyTheSessionsStartingInItThoughItsFirstAndLastWeeksReachBeyond() {
        plan.project(scheduled("s-feb", "2026-02-27T15:00:00Z"),
                     scheduled("s-mar-1", "2026-03-01T15:00:00Z"),
                     scheduled("s-mar-31", "2026-03-31T15:00:00Z"),
                     scheduled("s-apr-1", "2026-04-01T15:00:00Z"));

        ClinicianScheduleResponse schedule = controller.schedule(CLINICIAN, MARCH);

        assertThat(schedule.days()).hasSize(YearMonth.of(2026, 3).lengthOfMonth());
        assertThat(schedule.days()).flatExtracting(ClinicianScheduleResponse.Day::sessions)
                .extracting(ClinicianScheduleResponse.Session::sessionId).containsExactly("s-mar-1", "s-mar-31");
    }

    @Test
    void aGroupSessionSharedByPlansIsListedOnceWithEachPlansPeopleStatusAndAttendance() {
        otherPlan.project(groupSession(OTHER_PLAN, "2026-03-03T23:00:00Z", CASEY, DREW),
                          groupAttendance(OTHER_PLAN, late(CASEY, 5), noShow(DREW)),
                          correctedFor(OTHER_PLAN, GROUP, present(DREW)));
        plan.project(groupSession(PLAN, "2026-03-03T23:00:00Z", AVERY, JORDAN),
                     cancelledFor(PLAN, GROUP, CancellationReason.CLIENT_REQUEST));

        List<ClinicianScheduleResponse.Session> sessions = sessionsOf(controller.schedule(CLINICIAN, WEEK_10));

        assertThat(sessions).extracting(ClinicianScheduleResponse.Session::sessionId,
                                        ClinicianScheduleResponse.Session::kind,
                                        ClinicianScheduleResponse.Session::startsAt,
                                        ClinicianScheduleResponse.Session::durationMinutes)
                .containsExactly(tuple(GROUP, SessionKind.MULTI_FAMILY_GROUP, Instant.parse("2026-03-03T23:00:00Z"),
                                       GROUP_MINUTES));
        assertThat(sessions.get(0).plans()).containsExactly(
                new ClinicianScheduleResponse.PlanShare(
                        PLAN.value(), SessionStatus.CANCELLED, CancellationReason.CLIENT_REQUEST, null, List.of(
                        new ClinicianScheduleResponse.Participant(AVERY.value(), null, false),
                        new ClinicianScheduleResponse.Participant(JORDAN.value(), null, false))),
                new ClinicianScheduleResponse.PlanShare(
                        OTHER_PLAN.value(), SessionStatus.HELD, null, AttendanceKind.PER_PARTICIPANT, List.of(
                        new ClinicianScheduleResponse.Participant(CASEY.value(), AttendanceFact.of(late(CASEY, 5)),
                                                                  false),
                        new ClinicianScheduleResponse.Participant(DREW.value(), AttendanceFact.of(present(DREW)),
                                                                  true))));
    }

    @Test
    void aColleagueSeesTheSessionsOfThePlansOnTheirCareTeamsOnlyAndOfAGroupOnlyTheirPlansShare() {
        otherPlan.project(groupSession(OTHER_PLAN, "2026-03-03T23:00:00Z", CASEY, DREW),
                          scheduledWith(CLINICIAN, OTHER_PLAN, "s-casey", "2026-03-02T16:00:00Z", CASEY));
        plan.project(groupSession(PLAN, "2026-03-03T23:00:00Z", AVERY, JORDAN));
        visiblePlans = PLAN.value()::equals;

        List<ClinicianScheduleResponse.Session> sessions = sessionsOf(controller.schedule(CLINICIAN, WEEK_10));

        assertThat(sessions).extracting(ClinicianScheduleResponse.Session::sessionId).containsExactly(GROUP);
        assertThat(sessions.get(0).plans()).extracting(ClinicianScheduleResponse.PlanShare::planId)
                .containsExactly(PLAN.value());
    }

    @Test
    void aGroupSessionOnePlanAloneMovedShowsAtEachTimeItsPeopleAreExpected() {
        otherPlan.project(groupSession(OTHER_PLAN, "2026-03-03T23:00:00Z", CASEY, DREW));
        plan.project(groupSession(PLAN, "2026-03-03T23:00:00Z", AVERY, JORDAN),
                     rescheduled(GROUP, "2026-03-05T23:00:00Z", GROUP_MINUTES));

        assertThat(sessionsOf(controller.schedule(CLINICIAN, WEEK_10)))
                .extracting(ClinicianScheduleResponse.Session::startsAt,
                            session -> session.plans().stream().map(share -> share.planId() + " " + share.status())
                                    .toList())
                .containsExactly(tuple(Instant.parse("2026-03-03T23:00:00Z"), List.of("plan-8 SCHEDULED")),
                                 tuple(Instant.parse("2026-03-05T23:00:00Z"), List.of("plan-7 RESCHEDULED")));
    }

    @Test
    void aClinicianSeesTheirOwnSessionsAcrossPlansAndNoneOfAClinicianWhoseIdTheirsBegins() {
        ClinicianId lee2 = ClinicianId.of(CLINICIAN.value() + "2");
        plan.project(scheduled("s-1", "2026-03-02T15:00:00Z"),
                     scheduledWith(lee2, PLAN, "s-lee2", "2026-03-02T17:00:00Z", AVERY));
        otherPlan.project(scheduledWith(CLINICIAN, OTHER_PLAN, "s-casey", "2026-03-02T16:00:00Z", CASEY));

        assertThat(sessionsOf(controller.schedule(CLINICIAN, WEEK_10)))
                .extracting(ClinicianScheduleResponse.Session::sessionId).containsExactly("s-1", "s-casey");
        assertThat(sessionsOf(controller.schedule(lee2, WEEK_10)))
                .extracting(ClinicianScheduleResponse.Session::sessionId).containsExactly("s-lee2");
    }

    @Test
    void aClinicianWithoutSessionsHasAnEmptyCalendar() {
        assertThat(controller.schedule(ClinicianId.of("c-free"), WEEK_10).days())
                .hasSize(7).allSatisfy(day -> assertThat(day.sessions()).isEmpty());
    }

    @Test
    void aClinicianScheduleNeedsABoundedPeriod() {
        assertThatThrownBy(() -> controller.schedule(CLINICIAN, Period.UNBOUNDED))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                                        e -> assertThat(e.getBody().getProperties()).containsEntry("parameter", "week"));
    }

    private static List<ClinicianScheduleResponse.Session> sessionsOf(ClinicianScheduleResponse schedule) {
        return schedule.days().stream().flatMap(day -> day.sessions().stream()).toList();
    }
}
