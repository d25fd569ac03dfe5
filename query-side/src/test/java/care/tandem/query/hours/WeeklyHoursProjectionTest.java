package care.tandem.query.hours;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.LevelOfCareChangeReason;
import care.tandem.events.plan.LevelOfCareChanged;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.Member;
import care.tandem.events.plan.MemberAdded;
import care.tandem.events.plan.MemberLeaveReason;
import care.tandem.events.plan.MemberLeft;
import care.tandem.events.plan.MemberRole;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.events.plan.TreatmentPlanDischarged;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.events.plan.UnitKind;
import care.tandem.query.config.ClinicTime;
import care.tandem.query.config.LevelOfCareMinimums;
import care.tandem.query.readmodel.DocumentKey;
import care.tandem.query.readmodel.IsoWeek;
import care.tandem.query.readmodel.ParticipantWeek.WeekStatus;
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
import static care.tandem.query.testing.PlanFixtures.RILEY;
import static care.tandem.query.testing.PlanFixtures.attendance;
import static care.tandem.query.testing.PlanFixtures.attendedTogether;
import static care.tandem.query.testing.PlanFixtures.cancelled;
import static care.tandem.query.testing.PlanFixtures.corrected;
import static care.tandem.query.testing.PlanFixtures.jordanAbsent;
import static care.tandem.query.testing.PlanFixtures.late;
import static care.tandem.query.testing.PlanFixtures.noShow;
import static care.tandem.query.testing.PlanFixtures.opened;
import static care.tandem.query.testing.PlanFixtures.partner;
import static care.tandem.query.testing.PlanFixtures.rescheduled;
import static care.tandem.query.testing.PlanFixtures.riley;
import static care.tandem.query.testing.PlanFixtures.scheduled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Weeks in the clinic's zone, America/New_York: the plan opens on Sunday 2026-03-01 (week 9); week 10 runs from
 * Monday 2026-03-02 05:00Z, week 11 from Monday 2026-03-09 04:00Z (daylight saving time starts in between).
 * Sessions last 60 minutes unless rescheduled.
 */
class WeeklyHoursProjectionTest {

    static final IsoWeek WEEK_10 = IsoWeek.parse("2026-W10");
    static final IsoWeek WEEK_11 = IsoWeek.parse("2026-W11");
    static final IsoWeek WEEK_12 = IsoWeek.parse("2026-W12");
    private static final String MONDAY_OF_WEEK_10 = "2026-03-02T15:00:00Z";
    private static final String THURSDAY_OF_WEEK_10 = "2026-03-05T15:00:00Z";
    private static final String MONDAY_OF_WEEK_11 = "2026-03-09T15:00:00Z";
    /** Sunday 2026-03-08 23:30 in New York: still week 10 there, already week 11 in UTC. */
    private static final String SUNDAY_EVENING_OF_WEEK_10 = "2026-03-09T03:30:00Z";
    private static final ClinicTime CLINIC_TIME = new ClinicTime(ZoneId.of("America/New_York"));
    /** One hour for adults, so that an hour of attendance meets it; the ASAM figures elsewhere. */
    private static final LevelOfCareMinimums MINIMUMS = new LevelOfCareMinimums(Map.of(
            LevelOfCare.IOP_ADULT, 1, LevelOfCare.IOP_ADOLESCENT, 6, LevelOfCare.PHP, 20));

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private WeeklyHoursProjection projection;
    private WeeklyHours weeklyHours;
    private WeekHours weekHours;
    private Enrolments enrolments;
    private Projector projector;

    @BeforeEach
    void newReadModel() {
        MongoDatabase database = mongo.freshDatabase();
        enrolments = new Enrolments(database);
        weekHours = new WeekHours(database);
        projection = new WeeklyHoursProjection(enrolments, new HoursPlans(database), weekHours, CLINIC_TIME);
        weeklyHours = new WeeklyHours(enrolments, weekHours, MINIMUMS, CLINIC_TIME);
        projector = new Projector(projection);
    }

    @Test
    void partnersWithNothingScheduledInAWeekAreListedUnderTheirMinimum() {
        projector.project(opened());

        assertThat(weeklyHours.of(List.of(WEEK_10))).containsExactly(
                new ParticipantWeek("2026-W10", PLAN.value(), AVERY.value(), MemberRole.PARTNER, false,
                                    CLINICIAN.value(), LevelOfCare.IOP_ADULT, 1, true, 7, 1.0, 0, 0, 0,
                                    WeekStatus.UNDER_MINIMUM),
                new ParticipantWeek("2026-W10", PLAN.value(), JORDAN.value(), MemberRole.PARTNER, false,
                                    CLINICIAN.value(), LevelOfCare.IOP_ADULT, 1, true, 7, 1.0, 0, 0, 0,
                                    WeekStatus.UNDER_MINIMUM));
    }

    /** On Tuesday of week 10 the week is under way: nobody is under the minimum yet, some are at risk of it. */
    @Test
    void aWeekUnderWayIsOnTrackOrAtRiskByWhatIsAttendedAndStillScheduledAndOnlyAnEndedWeekIsUnderTheMinimum() {
        WeeklyHours onTuesday = new WeeklyHours(enrolments, weekHours, MINIMUMS, CLINIC_TIME,
                Clock.fixed(Instant.parse("2026-03-03T17:00:00Z"), ZoneOffset.UTC));
        projector.project(opened(), scheduled("s-1", MONDAY_OF_WEEK_10), scheduled("s-2", THURSDAY_OF_WEEK_10));
        assertThat(onTuesday.of(List.of(WEEK_10)))
                .extracting(ParticipantWeek::participantId, ParticipantWeek::pendingHours,
                            ParticipantWeek::weekStatus, ParticipantWeek::underMinimum)
                .containsExactly(tuple(AVERY.value(), 2.0, WeekStatus.ON_TRACK, false),
                                 tuple(JORDAN.value(), 2.0, WeekStatus.ON_TRACK, false));

        // Avery came alone to Monday's session; Thursday's is cancelled: Jordan cannot reach the hour any more.
        projector.project(jordanAbsent("s-1", AbsenceReason.SCHEDULING_CONFLICT, null), cancelled("s-2"));
        assertThat(onTuesday.of(List.of(WEEK_10)))
                .extracting(ParticipantWeek::participantId, ParticipantWeek::attendedHours,
                            ParticipantWeek::pendingHours, ParticipantWeek::weekStatus, ParticipantWeek::underMinimum)
                .containsExactly(tuple(AVERY.value(), 1.0, 0.0, WeekStatus.ON_TRACK, false),
                                 tuple(JORDAN.value(), 0.0, 0.0, WeekStatus.AT_RISK, false));

        // Once the week has ended, the same figures are a minimum met and one missed.
        assertThat(weeklyHours.of(List.of(WEEK_10)))
                .extracting(ParticipantWeek::participantId, ParticipantWeek::weekStatus, ParticipantWeek::underMinimum)
                .containsExactly(tuple(AVERY.value(), WeekStatus.MET, false),
                                 tuple(JORDAN.value(), WeekStatus.UNDER_MINIMUM, true));
    }

    @Test
    void lateArrivalsCountTheMinutesPresentAndJointAttendanceTheWholeSession() {
        projector.project(opened(),
                          scheduled("s-1", MONDAY_OF_WEEK_10),
                          scheduled("s-2", SessionKind.FAMILY, THURSDAY_OF_WEEK_10, List.of(AVERY, JORDAN), null,
                                    null),
                          attendedTogether("s-1"),
                          attendance("s-2", late(AVERY, 10), noShow(JORDAN)));

        // Avery: 60 + 50 = 110 minutes; Jordan: 60 + 0. Both were expected at 120 minutes.
        assertThat(weeklyHours.of(List.of(WEEK_10)))
                .extracting(ParticipantWeek::participantId, ParticipantWeek::attendedHours,
                            ParticipantWeek::scheduledHours, ParticipantWeek::underMinimum)
                .containsExactly(tuple(AVERY.value(), 1.83, 2.0, false), tuple(JORDAN.value(), 1.0, 2.0, false));
    }

    @Test
    void aSessionLateOnSundayEveningCountsInTheClinicsWeek() {
        projector.project(opened(), scheduled("s-1", SUNDAY_EVENING_OF_WEEK_10), attendedTogether("s-1"));

        assertThat(attendedHours(WEEK_10)).containsExactly(1.0, 1.0);
        assertThat(attendedHours(WEEK_11)).containsExactly(0.0, 0.0);
    }

    @Test
    void aCorrectionReplacesTheCorrectedParticipantsFact() {
        projector.project(opened(), scheduled("s-1", MONDAY_OF_WEEK_10),
                          jordanAbsent("s-1", AbsenceReason.SCHEDULING_CONFLICT, null));
        assertThat(underMinimum(WEEK_10)).containsExactly(false, true);

        projector.project(corrected("s-1", late(JORDAN, 20), "joined late"));

        assertThat(attendedHours(WEEK_10)).containsExactly(1.0, 0.67);
        projector.project(corrected("s-1", late(JORDAN, 5), "joined later than recorded"));
        assertThat(attendedHours(WEEK_10)).containsExactly(1.0, 0.92);
    }

    @Test
    void aSessionRescheduledIntoAnotherWeekMovesItsHoursThere() {
        projector.project(opened(), scheduled("s-1", MONDAY_OF_WEEK_10),
                          rescheduled("s-1", MONDAY_OF_WEEK_11, 90), attendedTogether("s-1"));

        assertThat(scheduledHours(WEEK_10)).containsExactly(0.0, 0.0);
        assertThat(weekHours.find(DocumentKey.of(WEEK_10, PLAN)).orElseThrow().participants()).isEmpty();
        assertThat(scheduledHours(WEEK_11)).containsExactly(1.5, 1.5);
        assertThat(attendedHours(WEEK_11)).as("joint attendance lasts the session's current 90 minutes")
                .containsExactly(1.5, 1.5);
    }

    @Test
    void aCancelledSessionIsNoLongerScheduled() {
        projector.project(opened(), scheduled("s-1", MONDAY_OF_WEEK_10), scheduled("s-2", THURSDAY_OF_WEEK_10),
                          cancelled("s-2"));

        assertThat(scheduledHours(WEEK_10)).containsExactly(1.0, 1.0);
    }

    @Test
    void redeliveredEventsChangeNothing() {
        projector.project(opened(), scheduled("s-1", MONDAY_OF_WEEK_10), scheduled("s-2", THURSDAY_OF_WEEK_10),
                          attendance("s-1", late(AVERY, 10), noShow(JORDAN)),
                          corrected("s-1", late(JORDAN, 30), "joined late"), rescheduled("s-2", MONDAY_OF_WEEK_11, 60));
        List<ParticipantWeek> once = weeklyHours.of(List.of(WEEK_10, WEEK_11));

        for (long sequence = 0; sequence <= 5; sequence++) {
            projector.redeliver(sequence);
        }

        assertThat(weeklyHours.of(List.of(WEEK_10, WEEK_11))).isEqualTo(once);
        assertThat(attendedHours(WEEK_10)).containsExactly(0.83, 0.5);
    }

    @Test
    void plansArrivingInAnyInterleavingKeepTheirOwnShares() {
        PlanId other = PlanId.of("plan-8");
        ParticipantId sam = ParticipantId.of("p-sam");
        ParticipantId kim = ParticipantId.of("p-kim");
        Projector otherPlan = new Projector(projection, other);

        otherPlan.project(new TreatmentPlanOpened(
                other, UnitKind.COUPLE, List.of(partner(sam, "Sam"), partner(kim, "Kim")), CLINICIAN,
                LevelOfCare.IOP_ADULT, Instant.parse("2026-03-01T10:00:00Z")));
        projector.project(opened());
        otherPlan.project(new SessionScheduled(
                other, SessionId.of("s-1"), SessionKind.COUPLES, Instant.parse(MONDAY_OF_WEEK_10), 120, CLINICIAN,
                List.of(sam, kim), LocationMode.SAME_LOCATION, null, null));
        projector.project(scheduled("s-1", MONDAY_OF_WEEK_10));
        otherPlan.redeliver(1);
        projector.project(attendedTogether("s-1"));

        assertThat(weeklyHours.of(List.of(WEEK_10)))
                .extracting(ParticipantWeek::planId, ParticipantWeek::participantId, ParticipantWeek::attendedHours,
                            ParticipantWeek::scheduledHours)
                .containsExactly(tuple(PLAN.value(), AVERY.value(), 1.0, 1.0),
                                 tuple(PLAN.value(), JORDAN.value(), 1.0, 1.0),
                                 tuple(other.value(), sam.value(), 0.0, 2.0),
                                 tuple(other.value(), kim.value(), 0.0, 2.0));
    }

    @Test
    void aMemberWhoJoinsOrLeavesMidWeekIsHeldToTheDaysEnrolled() {
        Member riley = riley();
        projector.project(opened(),
                          new MemberAdded(PLAN, riley, CLINICIAN, Instant.parse("2026-03-04T15:00:00Z")),
                          new MemberLeft(PLAN, JORDAN, MemberLeaveReason.SEPARATION, CLINICIAN,
                                         Instant.parse(THURSDAY_OF_WEEK_10)));

        // Riley joined on Wednesday: 5 days; Jordan left on Thursday: 4 days. 1 hour x days / 7, to two decimals.
        assertThat(weeklyHours.of(List.of(WEEK_10)))
                .extracting(ParticipantWeek::participantId, ParticipantWeek::role, ParticipantWeek::minor,
                            ParticipantWeek::daysEnrolled, ParticipantWeek::requiredHours)
                .containsExactly(tuple(AVERY.value(), MemberRole.PARTNER, false, 7, 1.0),
                                 tuple(JORDAN.value(), MemberRole.PARTNER, false, 4, 0.57),
                                 tuple(RILEY.value(), MemberRole.ADOLESCENT, true, 5, 0.71));
        assertThat(weeklyHours.of(List.of(WEEK_11))).extracting(ParticipantWeek::participantId)
                .containsExactly(AVERY.value(), RILEY.value());
    }

    @Test
    void partialWeeksCompareTheMinutesAttendedWithTheShareOfTheMinimumExactly() {
        projector.project(opened(),
                          new MemberLeft(PLAN, JORDAN, MemberLeaveReason.SEPARATION, CLINICIAN,
                                         Instant.parse(THURSDAY_OF_WEEK_10)),
                          scheduled("s-1", MONDAY_OF_WEEK_10),
                          attendance("s-1", late(AVERY, 26), late(JORDAN, 25)));

        // Jordan, 4 days of a 1-hour minimum: 34.29 minutes required; 35 attended meets it. Avery, 7 days: 60.
        assertThat(weeklyHours.of(List.of(WEEK_10)))
                .extracting(ParticipantWeek::participantId, ParticipantWeek::underMinimum)
                .containsExactly(tuple(AVERY.value(), true), tuple(JORDAN.value(), false));
    }

    @Test
    void theLevelOfCareInForceWhenTheWeekEndsSetsItsMinimum() {
        projector.project(opened(), new LevelOfCareChanged(PLAN, LevelOfCare.IOP_ADULT, LevelOfCare.PHP,
                                                           LevelOfCareChangeReason.CLINICAL_STEP_UP, CLINICIAN,
                                                           Instant.parse(THURSDAY_OF_WEEK_10)));

        assertThat(weeklyHours.of(List.of(IsoWeek.parse("2026-W09"), WEEK_10)))
                .extracting(ParticipantWeek::week, ParticipantWeek::levelOfCare, ParticipantWeek::minimumHours)
                .containsExactly(tuple("2026-W09", LevelOfCare.IOP_ADULT, 1), tuple("2026-W09", LevelOfCare.IOP_ADULT, 1),
                                 tuple("2026-W10", LevelOfCare.PHP, 20), tuple("2026-W10", LevelOfCare.PHP, 20));
    }

    @Test
    void inAnAdolescentProgramOnlyTheAdolescentIsHeldToTheMinimumAndNeverAChild() {
        Member parent = new Member(AVERY, "Avery", MemberRole.PARENT, false, List.of());
        Member child = new Member(JORDAN, "Jordan", MemberRole.CHILD, true, List.of(AVERY));
        projector.project(new TreatmentPlanOpened(PLAN, UnitKind.FAMILY, List.of(parent, child, riley()), CLINICIAN,
                                                  LevelOfCare.IOP_ADOLESCENT, Instant.parse("2026-03-01T10:00:00Z")));

        assertThat(weeklyHours.of(List.of(WEEK_10)))
                .extracting(ParticipantWeek::participantId, ParticipantWeek::minimumApplies,
                            ParticipantWeek::requiredHours, ParticipantWeek::underMinimum)
                .containsExactly(tuple(AVERY.value(), false, null, false), tuple(JORDAN.value(), false, null, false),
                                 tuple(RILEY.value(), true, 6.0, true));
    }

    @Test
    void aDischargedPlanCountsUpToItsDischarge() {
        projector.project(opened(), new TreatmentPlanDischarged(PLAN, List.of(), CLINICIAN,
                                                                Instant.parse("2026-03-10T15:00:00Z")));

        assertThat(weeklyHours.of(List.of(WEEK_11))).extracting(ParticipantWeek::daysEnrolled)
                .containsExactly(2, 2);
        assertThat(weeklyHours.of(List.of(WEEK_12))).isEmpty();
    }

    @Test
    void oneParticipantsWeeksOfTheirPlan() {
        projector.project(opened(), scheduled("s-1", MONDAY_OF_WEEK_11), attendedTogether("s-1"));

        assertThat(weeklyHours.ofParticipant(PLAN, JORDAN, List.of(WEEK_10, WEEK_11)).orElseThrow())
                .extracting(ParticipantWeek::week, ParticipantWeek::participantId, ParticipantWeek::attendedHours)
                .containsExactly(tuple("2026-W10", JORDAN.value(), 0.0), tuple("2026-W11", JORDAN.value(), 1.0));
        assertThat(weeklyHours.ofParticipant(PlanId.of("plan-unknown"), JORDAN, List.of(WEEK_10))).isEmpty();
    }

    @Test
    void aResetForgetsEveryPlanAndWeek() {
        projector.project(opened(), scheduled("s-1", MONDAY_OF_WEEK_10));

        projector.reset();

        assertThat(weeklyHours.of(List.of(WEEK_10))).isEmpty();
        assertThat(weekHours.find(DocumentKey.of(WEEK_10, PLAN))).isEmpty();
    }

    private List<Double> attendedHours(IsoWeek week) {
        return weeklyHours.of(List.of(week)).stream().map(ParticipantWeek::attendedHours).toList();
    }

    private List<Double> scheduledHours(IsoWeek week) {
        return weeklyHours.of(List.of(week)).stream().map(ParticipantWeek::scheduledHours).toList();
    }

    private List<Boolean> underMinimum(IsoWeek week) {
        return weeklyHours.of(List.of(week)).stream().map(ParticipantWeek::underMinimum).toList();
    }
}
