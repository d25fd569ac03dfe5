package care.tandem.query.calendar;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AttendanceStatus;
import care.tandem.events.plan.CancellationReason;
import care.tandem.query.readmodel.AttendanceFact;
import care.tandem.query.readmodel.AttendanceKind;
import care.tandem.query.readmodel.DocumentKey;
import care.tandem.query.readmodel.IsoWeek;
import care.tandem.query.readmodel.ScheduledSession;
import care.tandem.query.readmodel.SessionStatus;
import care.tandem.query.testing.InMemoryMongo;
import care.tandem.query.testing.Projector;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;

import static care.tandem.query.calendar.CalendarFixtures.CASEY;
import static care.tandem.query.calendar.CalendarFixtures.DREW;
import static care.tandem.query.calendar.CalendarFixtures.GROUP;
import static care.tandem.query.calendar.CalendarFixtures.NEW_YORK;
import static care.tandem.query.calendar.CalendarFixtures.OTHER_PLAN;
import static care.tandem.query.calendar.CalendarFixtures.cancelledFor;
import static care.tandem.query.calendar.CalendarFixtures.groupAttendance;
import static care.tandem.query.calendar.CalendarFixtures.groupSession;
import static care.tandem.query.calendar.CalendarFixtures.rescheduledBy;
import static care.tandem.query.testing.PlanFixtures.AVERY;
import static care.tandem.query.testing.PlanFixtures.CLINICIAN;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static care.tandem.query.testing.PlanFixtures.PLAN;
import static care.tandem.query.testing.PlanFixtures.absent;
import static care.tandem.query.testing.PlanFixtures.attendance;
import static care.tandem.query.testing.PlanFixtures.attendedTogether;
import static care.tandem.query.testing.PlanFixtures.cancelled;
import static care.tandem.query.testing.PlanFixtures.corrected;
import static care.tandem.query.testing.PlanFixtures.jordanAbsent;
import static care.tandem.query.testing.PlanFixtures.late;
import static care.tandem.query.testing.PlanFixtures.opened;
import static care.tandem.query.testing.PlanFixtures.present;
import static care.tandem.query.testing.PlanFixtures.rescheduled;
import static care.tandem.query.testing.PlanFixtures.scheduled;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ClinicianCalendarProjectionTest {

    /** Monday 2 March 2026, 10:00 in New York: ISO week 2026-W10. */
    private static final String MONDAY_W10 = "2026-03-02T15:00:00Z";
    /** Sunday 8 March 2026, 21:00 in New York, already Monday in UTC: still the clinic's week 2026-W10. */
    private static final String SUNDAY_EVENING_W10 = "2026-03-09T01:00:00Z";
    /** Wednesday 18 March 2026, 10:00 in New York: ISO week 2026-W12. */
    private static final String WEDNESDAY_W12 = "2026-03-18T14:00:00Z";
    private static final IsoWeek W10 = new IsoWeek(2026, 10);
    private static final IsoWeek W12 = new IsoWeek(2026, 12);

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private MongoDatabase database;
    private ClinicianWeekDocuments weeks;
    private CalendarPlanDocuments plans;
    private ClinicianCalendarProjection projection;
    private Projector projector;

    @BeforeEach
    void newReadModel() {
        database = mongo.freshDatabase();
        weeks = new ClinicianWeekDocuments(database);
        plans = new CalendarPlanDocuments(database);
        projection = new ClinicianCalendarProjection(plans, weeks, NEW_YORK);
        projector = new Projector(projection);
    }

    @Test
    void aScheduledSessionLandsInItsClinicianWeekOfTheClinicsZone() {
        projector.project(opened(), scheduled("s-1", MONDAY_W10), scheduled("s-2", SUNDAY_EVENING_W10));

        assertThat(weekOf(CLINICIAN, W10))
                .extracting(ScheduledSession::sessionId, ScheduledSession::startsAt, ScheduledSession::status, ScheduledSession::participants)
                .containsExactly(
                        tuple("s-1", Instant.parse(MONDAY_W10), SessionStatus.SCHEDULED,
                              List.of(AVERY.value(), JORDAN.value())),
                        tuple("s-2", Instant.parse(SUNDAY_EVENING_W10), SessionStatus.SCHEDULED,
                              List.of(AVERY.value(), JORDAN.value())));
        assertThat(allKeys()).containsExactly("c-lee/2026-W10/plan-7");
    }

    @Test
    void aSessionRescheduledToAnotherWeekMovesThereAndLeavesItsOldWeekEmpty() {
        projector.project(opened(), scheduled("s-1", MONDAY_W10), scheduled("s-2", MONDAY_W10),
                          rescheduled("s-1", WEDNESDAY_W12, 75));

        assertThat(weekOf(CLINICIAN, W10)).extracting(ScheduledSession::sessionId).containsExactly("s-2");
        assertThat(weekOf(CLINICIAN, W12))
                .extracting(ScheduledSession::sessionId, ScheduledSession::startsAt, ScheduledSession::durationMinutes, ScheduledSession::status)
                .containsExactly(tuple("s-1", Instant.parse(WEDNESDAY_W12), 75, SessionStatus.RESCHEDULED));

        projector.project(rescheduled("s-2", WEDNESDAY_W12, 60));

        assertThat(weekOf(CLINICIAN, W10)).isEmpty();
        assertThat(weekOf(CLINICIAN, W12)).extracting(ScheduledSession::sessionId).containsExactly("s-1", "s-2");
    }

    @Test
    void aSessionRescheduledByACoveringClinicianStaysWithItsOwnClinician() {
        ClinicianId cover = ClinicianId.of("c-cover");
        projector.project(opened(), scheduled("s-1", MONDAY_W10), rescheduledBy(cover, PLAN, "s-1", WEDNESDAY_W12));

        assertThat(weekOf(CLINICIAN, W12)).extracting(ScheduledSession::sessionId).containsExactly("s-1");
        assertThat(weeks.findAllUnder(DocumentKey.of(cover))).isEmpty();
    }

    @Test
    void aCancelledSessionStaysInItsWeekWithItsReason() {
        projector.project(opened(), scheduled("s-1", MONDAY_W10), cancelled("s-1"));

        assertThat(weekOf(CLINICIAN, W10))
                .extracting(ScheduledSession::status, ScheduledSession::cancellationReason)
                .containsExactly(tuple(SessionStatus.CANCELLED, CancellationReason.COUPLES_THERAPY_PAUSED));
    }

    @Test
    void aHeldSessionShowsEachPersonsAttendanceWhicheverFactRecordedIt() {
        projector.project(opened(), scheduled("s-joint", MONDAY_W10), scheduled("s-solo", MONDAY_W10),
                          scheduled("s-each", SUNDAY_EVENING_W10), attendedTogether("s-joint"),
                          jordanAbsent("s-solo", AbsenceReason.EMOTIONAL_OVERWHELM, null),
                          attendance("s-each", late(AVERY, 10), absent(JORDAN, AbsenceReason.SCHEDULING_CONFLICT)));

        List<ScheduledSession> week = weekOf(CLINICIAN, W10);

        assertThat(week).extracting(ScheduledSession::status).containsOnly(SessionStatus.HELD);
        assertThat(week).extracting(session -> session.attendance().kind())
                .containsExactly(AttendanceKind.JOINT, AttendanceKind.SOLO, AttendanceKind.PER_PARTICIPANT);
        assertThat(week).extracting(session -> session.attendanceOf(JORDAN.value()).status())
                .containsExactly(AttendanceStatus.ATTENDED, AttendanceStatus.ABSENT, AttendanceStatus.ABSENT);
        assertThat(week.get(2).attendanceOf(AVERY.value())).isEqualTo(AttendanceFact.of(late(AVERY, 10)));
    }

    @Test
    void aCorrectionStandsForThePersonItCorrects() {
        projector.project(opened(), scheduled("s-1", MONDAY_W10), jordanAbsent("s-1", AbsenceReason.EMOTIONAL_OVERWHELM, null),
                          corrected("s-1", late(JORDAN, 20), "joined from the car park"));

        ScheduledSession session = weekOf(CLINICIAN, W10).get(0);

        assertThat(session.attendanceOf(JORDAN.value())).isEqualTo(AttendanceFact.of(late(JORDAN, 20)));
        assertThat(session.isAttendanceCorrectedFor(JORDAN.value())).isTrue();
        assertThat(session.isAttendanceCorrectedFor(AVERY.value())).isFalse();
    }

    @Test
    void eachPlansShareOfAGroupSessionIsWrittenByItsOwnEventsInWhateverOrderThePlansArrive() {
        Projector otherPlan = new Projector(projection, OTHER_PLAN);

        otherPlan.project(groupSession(OTHER_PLAN, MONDAY_W10, CASEY, DREW));
        projector.project(opened(), groupSession(PLAN, MONDAY_W10, AVERY, JORDAN));
        otherPlan.project(groupAttendance(OTHER_PLAN, present(CASEY), present(DREW)));
        projector.project(cancelledFor(PLAN, GROUP, CancellationReason.CLIENT_REQUEST));

        assertThat(weeks.findAllUnder(DocumentKey.of(CLINICIAN, W10)))
                .extracting(ClinicianWeekDocument::id,
                            week -> week.sessions().get(0).status(), week -> week.sessions().get(0).participants())
                .containsExactly(
                        tuple("c-lee/2026-W10/plan-7", SessionStatus.CANCELLED, List.of(AVERY.value(), JORDAN.value())),
                        tuple("c-lee/2026-W10/plan-8", SessionStatus.HELD, List.of(CASEY.value(), DREW.value())));
    }

    @Test
    void aRedeliveredEventChangesNothingEvenAfterItsSessionMovedOn() {
        projector.project(opened(), scheduled("s-1", MONDAY_W10), rescheduled("s-1", WEDNESDAY_W12, 60),
                          attendance("s-1", present(AVERY), present(JORDAN)),
                          corrected("s-1", late(JORDAN, 5), "clock was wrong"));
        List<ClinicianWeekDocument> before = weeks.findAllUnder(DocumentKey.of(CLINICIAN));

        for (long sequence = 1; sequence <= 4; sequence++) {
            projector.redeliver(sequence);
        }

        assertThat(weeks.findAllUnder(DocumentKey.of(CLINICIAN))).isEqualTo(before);
        assertThat(weekOf(CLINICIAN, W10)).isEmpty();
    }

    @Test
    void aRedeliveryAfterAFailureHalfwayThroughAnEventFinishesItsWrites() {
        projector.project(opened(), scheduled("s-1", MONDAY_W10));
        CalendarPlanDocument planBeforeTheMove = plans.find(PLAN).orElseThrow();
        projector.project(rescheduled("s-1", WEDNESDAY_W12, 60));
        // As if the processor had stopped after taking s-1 out of W10, before writing W12 and the plan.
        database.getCollection("clinicianWeeks").deleteOne(eq("_id", "c-lee/2026-W12/plan-7"));
        database.getCollection("clinicianCalendarPlans", CalendarPlanDocument.class)
                .replaceOne(eq("_id", PLAN.value()), planBeforeTheMove);

        projector.redeliver(2);

        assertThat(weekOf(CLINICIAN, W10)).isEmpty();
        assertThat(weekOf(CLINICIAN, W12)).extracting(ScheduledSession::sessionId, ScheduledSession::status)
                .containsExactly(tuple("s-1", SessionStatus.RESCHEDULED));
        assertThat(plans.find(PLAN).orElseThrow().lastAppliedSequence()).isEqualTo(2);
    }

    @Test
    void aResetForgetsEveryWeekAndEveryPlan() {
        projector.project(opened(), scheduled("s-1", MONDAY_W10));

        projector.reset();

        assertThat(weeks.findAllUnder(DocumentKey.of(CLINICIAN))).isEmpty();
        assertThat(plans.find(PLAN)).isEmpty();
    }

    private List<ScheduledSession> weekOf(ClinicianId clinician, IsoWeek week) {
        return weeks.find(DocumentKey.of(clinician, week, PLAN)).orElseThrow().sessions();
    }

    private List<String> allKeys() {
        return weeks.findAllBetween(DocumentKey.of("0"), DocumentKey.of("~")).stream()
                .map(ClinicianWeekDocument::id).toList();
    }
}
