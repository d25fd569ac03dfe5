package care.tandem.query.report;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.CouplesTherapyPaused;
import care.tandem.events.plan.CouplesTherapyResumed;
import care.tandem.events.plan.JointAttendanceRecorded;
import care.tandem.events.plan.JointSessionHandling;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.MakeupSessionOffered;
import care.tandem.events.plan.MemberRole;
import care.tandem.events.plan.PauseReason;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.events.plan.TreatmentPlanDischarged;
import care.tandem.query.api.Period;
import care.tandem.query.config.ClinicTime;
import care.tandem.query.hours.WeeklyHours;
import care.tandem.query.readmodel.ParticipantWeek;
import care.tandem.query.testing.InMemoryMongo;
import care.tandem.query.testing.Projector;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static care.tandem.query.testing.PlanFixtures.AVERY;
import static care.tandem.query.testing.PlanFixtures.CLINICIAN;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static care.tandem.query.testing.PlanFixtures.PLAN;
import static care.tandem.query.testing.PlanFixtures.REVIEW_ON;
import static care.tandem.query.testing.PlanFixtures.attendance;
import static care.tandem.query.testing.PlanFixtures.attendedTogether;
import static care.tandem.query.testing.PlanFixtures.cancelled;
import static care.tandem.query.testing.PlanFixtures.corrected;
import static care.tandem.query.testing.PlanFixtures.jordanAbsent;
import static care.tandem.query.testing.PlanFixtures.late;
import static care.tandem.query.testing.PlanFixtures.makeupAttendedByJordan;
import static care.tandem.query.testing.PlanFixtures.makeupDeclinedByJordan;
import static care.tandem.query.testing.PlanFixtures.makeupScheduled;
import static care.tandem.query.testing.PlanFixtures.noShow;
import static care.tandem.query.testing.PlanFixtures.opened;
import static care.tandem.query.testing.PlanFixtures.present;
import static care.tandem.query.testing.PlanFixtures.rescheduled;
import static care.tandem.query.testing.PlanFixtures.scheduled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Weeks in the clinic's zone, America/New_York: week 10 runs from Monday 2026-03-02 05:00Z, week 11 from Monday
 * 2026-03-09 04:00Z (daylight saving time starts in between), week 12 from 2026-03-16 04:00Z.
 */
class ProgramReportProjectionTest {

    private static final ClinicTime CLINIC_TIME = new ClinicTime(ZoneId.of("America/New_York"));
    private static final String MONDAY_OF_WEEK_10 = "2026-03-02T15:00:00Z";
    private static final String TUESDAY_OF_WEEK_10 = "2026-03-03T15:00:00Z";
    private static final String WEDNESDAY_OF_WEEK_10 = "2026-03-04T15:00:00Z";
    private static final String THURSDAY_OF_WEEK_10 = "2026-03-05T15:00:00Z";
    private static final String MONDAY_OF_WEEK_11 = "2026-03-09T15:00:00Z";
    private static final String TUESDAY_OF_WEEK_11 = "2026-03-10T15:00:00Z";
    /** Weeks 10 to 12. */
    private static final Period THREE_WEEKS = new Period(Instant.parse("2026-03-02T05:00:00Z"),
                                                         Instant.parse("2026-03-23T04:00:00Z"));
    private static final ClinicianId OTHER_CLINICIAN = ClinicianId.of("c-okafor");

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private final WeeklyHours weeklyHours = mock(WeeklyHours.class);
    private ProgramReportProjection projection;
    private ProgramReport report;
    private Projector projector;

    @BeforeEach
    void newReadModel() {
        MongoDatabase database = mongo.freshDatabase();
        ReportShares shares = new ReportShares(database);
        OngoingPauses ongoingPauses = new OngoingPauses(database);
        projection = new ProgramReportProjection(new ReportPlans(database), shares, ongoingPauses, CLINIC_TIME);
        report = new ProgramReport(shares, ongoingPauses, weeklyHours, CLINIC_TIME,
                                   Clock.fixed(Instant.parse(TUESDAY_OF_WEEK_11), ZoneOffset.UTC));
        projector = new Projector(projection);
        when(weeklyHours.of(anyList())).thenReturn(List.of());
    }

    @Test
    void attendanceAndJointVersusSoloCountHeldSessionsOnly() {
        projector.project(opened(),
                          scheduled("s-1", MONDAY_OF_WEEK_10), attendedTogether("s-1"),
                          scheduled("s-2", TUESDAY_OF_WEEK_10),
                          jordanAbsent("s-2", AbsenceReason.SCHEDULING_CONFLICT, null),
                          scheduled("s-3", SessionKind.FAMILY, WEDNESDAY_OF_WEEK_10, List.of(AVERY, JORDAN), null,
                                    null),
                          attendance("s-3", late(AVERY, 10), noShow(JORDAN)),
                          scheduled("s-4", THURSDAY_OF_WEEK_10),
                          scheduled("s-5", THURSDAY_OF_WEEK_10), cancelled("s-5"));

        // Held: s-1 (2 of 2), s-2 (1 of 2), s-3 (1 of 2); s-4 is still ahead, s-5 cancelled.
        ProgramWeek week10 = report.byWeek(THREE_WEEKS).get(0);
        assertThat(week10.week()).isEqualTo("2026-W10");
        assertThat(week10.sessionsHeld()).isEqualTo(3);
        assertThat(week10.expectedParticipantSessions()).isEqualTo(6);
        assertThat(week10.attendedParticipantSessions()).isEqualTo(4);
        assertThat(week10.attendanceRate()).isEqualTo(0.6667);
        assertThat(week10.couplesSessionsHeld()).isEqualTo(2);
        assertThat(week10.couplesSessionsAttendedJointly()).isEqualTo(1);
        assertThat(week10.couplesSessionsAttendedSolo()).isEqualTo(1);
        assertThat(week10.jointAttendanceRatio()).isEqualTo(0.5);
    }

    @Test
    void aWeekWithNothingHeldHasNoRates() {
        projector.project(opened(), scheduled("s-1", MONDAY_OF_WEEK_10));

        assertThat(report.byWeek(THREE_WEEKS))
                .extracting(ProgramWeek::week, ProgramWeek::sessionsHeld, ProgramWeek::attendanceRate,
                            ProgramWeek::jointAttendanceRatio, week -> week.makeups().completionRate())
                .containsExactly(tuple("2026-W10", 0, null, null, null), tuple("2026-W11", 0, null, null, null),
                                 tuple("2026-W12", 0, null, null, null));
    }

    @Test
    void aCorrectionChangesTheFiguresItTouches() {
        projector.project(opened(), scheduled("s-1", MONDAY_OF_WEEK_10),
                          jordanAbsent("s-1", AbsenceReason.SCHEDULING_CONFLICT, null));

        projector.project(corrected("s-1", late(JORDAN, 20), "joined late"));

        ProgramWeek week10 = report.byWeek(THREE_WEEKS).get(0);
        assertThat(week10.attendedParticipantSessions()).isEqualTo(2);
        assertThat(week10.couplesSessionsAttendedJointly()).isEqualTo(1);
        assertThat(week10.couplesSessionsAttendedSolo()).isZero();
        assertThat(week10.attendanceRate()).isEqualTo(1.0);
    }

    @Test
    void aSessionRescheduledIntoAnotherWeekCountsThere() {
        projector.project(opened(), scheduled("s-1", MONDAY_OF_WEEK_10), rescheduled("s-1", MONDAY_OF_WEEK_11, 90),
                          attendedTogether("s-1"));

        assertThat(report.byWeek(THREE_WEEKS)).extracting(ProgramWeek::sessionsHeld).containsExactly(0, 1, 0);
    }

    @Test
    void anEndedPauseCountsInEveryWeekItWasInForce() {
        projector.project(opened(), pausedAt(WEDNESDAY_OF_WEEK_10, CLINICIAN), resumedAt(TUESDAY_OF_WEEK_11));

        // Wednesday 15:00Z to week 11's start, 04:00Z on 9 March: 4 days 13 hours; then 35 hours into week 11.
        assertThat(report.byWeek(THREE_WEEKS)).extracting(ProgramWeek::pauses).containsExactly(
                new ProgramWeek.Pauses(1, Map.of(PauseReason.ACTIVE_CONFLICT, 1), 1, 109 * 60),
                new ProgramWeek.Pauses(0, Map.of(), 1, 35 * 60),
                new ProgramWeek.Pauses(0, Map.of(), 0, 0));
    }

    @Test
    void aPauseStillInForceCountsItsTimeUpToNow() {
        projector.project(opened(), pausedAt(WEDNESDAY_OF_WEEK_10, CLINICIAN));

        // Now is Tuesday of week 11, 15:00Z: the same figures as a pause that ended then.
        assertThat(report.byWeek(THREE_WEEKS)).extracting(ProgramWeek::pauses).containsExactly(
                new ProgramWeek.Pauses(1, Map.of(PauseReason.ACTIVE_CONFLICT, 1), 1, 109 * 60),
                new ProgramWeek.Pauses(0, Map.of(), 1, 35 * 60),
                new ProgramWeek.Pauses(0, Map.of(), 0, 0));
    }

    @Test
    void dischargeEndsThePauseInForce() {
        projector.project(opened(), pausedAt(WEDNESDAY_OF_WEEK_10, CLINICIAN),
                          new TreatmentPlanDischarged(PLAN, List.of(), CLINICIAN, Instant.parse(THURSDAY_OF_WEEK_10)));

        assertThat(report.byWeek(THREE_WEEKS)).extracting(week -> week.pauses().minutesPaused())
                .containsExactly(24L * 60, 0L, 0L);
    }

    @Test
    void makeupOffersCountInTheWeekOfTheOfferWithHowTheyTurnedOut() {
        projector.project(opened(),
                          scheduled("s-1", MONDAY_OF_WEEK_10),
                          jordanAbsent("s-1", AbsenceReason.SCHEDULING_CONFLICT, null),
                          offeredAt("s-1", TUESDAY_OF_WEEK_10),
                          makeupScheduled("s-m", MONDAY_OF_WEEK_11, "s-1"),
                          attendance("s-m", present(JORDAN)),
                          makeupAttendedByJordan("s-1", "s-m"),
                          scheduled("s-2", WEDNESDAY_OF_WEEK_10),
                          jordanAbsent("s-2", AbsenceReason.SCHEDULING_CONFLICT, null),
                          offeredAt("s-2", THURSDAY_OF_WEEK_10),
                          makeupDeclinedByJordan("s-2"));

        assertThat(report.byWeek(THREE_WEEKS)).extracting(ProgramWeek::makeups).containsExactly(
                new ProgramWeek.Makeups(2, 1, 1, 1, 0.5),
                new ProgramWeek.Makeups(0, 0, 0, 0, null),
                new ProgramWeek.Makeups(0, 0, 0, 0, null));
    }

    @Test
    void aCancelledMakeupSessionIsNoLongerScheduled() {
        projector.project(opened(), scheduled("s-1", MONDAY_OF_WEEK_10),
                          jordanAbsent("s-1", AbsenceReason.SCHEDULING_CONFLICT, null),
                          offeredAt("s-1", TUESDAY_OF_WEEK_10), makeupScheduled("s-m", MONDAY_OF_WEEK_11, "s-1"));
        assertThat(report.byWeek(THREE_WEEKS).get(0).makeups().scheduled()).isEqualTo(1);

        projector.project(cancelled("s-m"));

        assertThat(report.byWeek(THREE_WEEKS).get(0).makeups().scheduled()).isZero();
    }

    @Test
    void eachClinicianHasTheSessionsTheyRanThePausesTheyMadeAndTheParticipantsOfTheirPlansUnderMinimum() {
        when(weeklyHours.of(anyList())).thenReturn(List.of(underMinimum("2026-W10", CLINICIAN),
                                                           underMinimum("2026-W10", CLINICIAN),
                                                           underMinimum("2026-W11", OTHER_CLINICIAN)));
        projector.project(opened(),
                          scheduled("s-1", MONDAY_OF_WEEK_10), attendedTogether("s-1"),
                          new SessionScheduled(PLAN, SessionId.of("s-2"), SessionKind.INDIVIDUAL,
                                               Instant.parse(TUESDAY_OF_WEEK_10), 60, OTHER_CLINICIAN, List.of(AVERY),
                                               LocationMode.SEPARATE_LOCATIONS, null, null),
                          attendance("s-2", present(AVERY)),
                          pausedAt(WEDNESDAY_OF_WEEK_10, OTHER_CLINICIAN));

        assertThat(report.byClinician(THREE_WEEKS))
                .extracting(ClinicianWeek::clinicianId, week -> week.figures().week(),
                            week -> week.figures().sessionsHeld(), week -> week.figures().pauses().started(),
                            week -> week.figures().pauses().active(), week -> week.figures().underMinimumCount())
                .containsExactly(tuple(CLINICIAN.value(), "2026-W10", 1, 0, 0, 2L),
                                 tuple(OTHER_CLINICIAN.value(), "2026-W10", 1, 1, 1, 0L),
                                 tuple(OTHER_CLINICIAN.value(), "2026-W11", 0, 0, 1, 1L));
        assertThat(report.byWeek(THREE_WEEKS)).extracting(ProgramWeek::sessionsHeld, ProgramWeek::underMinimumCount)
                .containsExactly(tuple(2, 2L), tuple(0, 1L), tuple(0, 0L));
    }

    @Test
    void redeliveredEventsChangeNothing() {
        projector.project(opened(), scheduled("s-1", MONDAY_OF_WEEK_10),
                          jordanAbsent("s-1", AbsenceReason.SCHEDULING_CONFLICT, null),
                          offeredAt("s-1", TUESDAY_OF_WEEK_10), pausedAt(WEDNESDAY_OF_WEEK_10, CLINICIAN),
                          resumedAt(TUESDAY_OF_WEEK_11));
        List<ProgramWeek> once = report.byWeek(THREE_WEEKS);

        for (long sequence = 0; sequence <= 5; sequence++) {
            projector.redeliver(sequence);
        }

        assertThat(report.byWeek(THREE_WEEKS)).isEqualTo(once);
        assertThat(once.get(0).sessionsHeld()).isEqualTo(1);
        assertThat(once.get(0).pauses().started()).isEqualTo(1);
        assertThat(once.get(0).makeups().offered()).isEqualTo(1);
    }

    @Test
    void plansArrivingInAnyInterleavingAddUp() {
        PlanId other = PlanId.of("plan-8");
        ParticipantId sam = ParticipantId.of("p-sam");
        ParticipantId kim = ParticipantId.of("p-kim");
        Projector otherPlan = new Projector(projection, other);

        projector.project(opened());
        otherPlan.project(new SessionScheduled(
                other, SessionId.of("s-1"), SessionKind.COUPLES, Instant.parse(TUESDAY_OF_WEEK_10), 60, CLINICIAN,
                List.of(sam, kim), LocationMode.SAME_LOCATION, null, null));
        projector.project(scheduled("s-1", MONDAY_OF_WEEK_10));
        otherPlan.project(new JointAttendanceRecorded(
                other, SessionId.of("s-1"), List.of(sam, kim), CLINICIAN, Instant.parse(TUESDAY_OF_WEEK_10)));
        otherPlan.redeliver(0);
        projector.project(jordanAbsent("s-1", AbsenceReason.SCHEDULING_CONFLICT, null));

        ProgramWeek week10 = report.byWeek(THREE_WEEKS).get(0);
        assertThat(week10.sessionsHeld()).isEqualTo(2);
        assertThat(week10.attendedParticipantSessions()).isEqualTo(3);
        assertThat(week10.couplesSessionsAttendedJointly()).isEqualTo(1);
        assertThat(week10.couplesSessionsAttendedSolo()).isEqualTo(1);
    }

    @Test
    void aResetForgetsEveryShareAndOngoingPause() {
        projector.project(opened(), scheduled("s-1", MONDAY_OF_WEEK_10), attendedTogether("s-1"),
                          pausedAt(WEDNESDAY_OF_WEEK_10, CLINICIAN));

        projector.reset();

        assertThat(report.byWeek(THREE_WEEKS)).extracting(ProgramWeek::sessionsHeld, week -> week.pauses().active())
                .containsExactly(tuple(0, 0), tuple(0, 0), tuple(0, 0));
    }

    private static CouplesTherapyPaused pausedAt(String at, ClinicianId by) {
        return new CouplesTherapyPaused(PLAN, PauseReason.ACTIVE_CONFLICT, REVIEW_ON, JointSessionHandling.CANCEL, by,
                                        Instant.parse(at));
    }

    private static CouplesTherapyResumed resumedAt(String at) {
        return new CouplesTherapyResumed(PLAN, List.of(), CLINICIAN, Instant.parse(at));
    }

    private static MakeupSessionOffered offeredAt(String missedSessionId, String at) {
        return new MakeupSessionOffered(PLAN, SessionId.of(missedSessionId), JORDAN, CLINICIAN, Instant.parse(at));
    }

    private static ParticipantWeek underMinimum(String week, ClinicianId primaryClinician) {
        return new ParticipantWeek(week, PLAN.value(), JORDAN.value(), MemberRole.PARTNER, false,
                                   primaryClinician.value(), LevelOfCare.IOP_ADULT, 9, true, 7, 9.0, 0, 0, 0,
                                   ParticipantWeek.WeekStatus.UNDER_MINIMUM);
    }
}
