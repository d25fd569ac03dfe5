package care.tandem.query.schedule;

import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AttendanceStatus;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.DiscontinuationReason;
import care.tandem.events.plan.JointSessionHandling;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.MemberRole;
import care.tandem.events.plan.PauseReason;
import care.tandem.events.plan.SessionKind;
import care.tandem.query.api.Period;
import care.tandem.query.config.LevelOfCareMinimums;
import care.tandem.query.readmodel.AttendanceFact;
import care.tandem.query.readmodel.AttendanceKind;
import care.tandem.query.readmodel.ScheduledSession;
import care.tandem.query.readmodel.SessionAttendance;
import care.tandem.query.readmodel.SessionStatus;
import care.tandem.query.schedule.ScheduleDocument.Member;
import care.tandem.query.schedule.ScheduleDocument.Pause;
import care.tandem.query.testing.InMemoryMongo;
import care.tandem.query.testing.Projector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static care.tandem.query.testing.PlanFixtures.AVERY;
import static care.tandem.query.testing.PlanFixtures.CLINICIAN;
import static care.tandem.query.testing.PlanFixtures.DURATION_MINUTES;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static care.tandem.query.testing.PlanFixtures.PLAN;
import static care.tandem.query.testing.PlanFixtures.REVIEW_ON;
import static care.tandem.query.testing.PlanFixtures.RILEY;
import static care.tandem.query.testing.PlanFixtures.absent;
import static care.tandem.query.testing.PlanFixtures.added;
import static care.tandem.query.testing.PlanFixtures.attendance;
import static care.tandem.query.testing.PlanFixtures.attendedTogether;
import static care.tandem.query.testing.PlanFixtures.cancelled;
import static care.tandem.query.testing.PlanFixtures.corrected;
import static care.tandem.query.testing.PlanFixtures.discharged;
import static care.tandem.query.testing.PlanFixtures.discontinued;
import static care.tandem.query.testing.PlanFixtures.jordanAbsent;
import static care.tandem.query.testing.PlanFixtures.late;
import static care.tandem.query.testing.PlanFixtures.left;
import static care.tandem.query.testing.PlanFixtures.makeupScheduled;
import static care.tandem.query.testing.PlanFixtures.noShow;
import static care.tandem.query.testing.PlanFixtures.opened;
import static care.tandem.query.testing.PlanFixtures.paused;
import static care.tandem.query.testing.PlanFixtures.present;
import static care.tandem.query.testing.PlanFixtures.rescheduled;
import static care.tandem.query.testing.PlanFixtures.resumed;
import static care.tandem.query.testing.PlanFixtures.reviewDue;
import static care.tandem.query.testing.PlanFixtures.riley;
import static care.tandem.query.testing.PlanFixtures.scheduled;
import static care.tandem.query.testing.PlanFixtures.steppedUpToPartialHospitalization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ScheduleProjectionTest {

    private static final String FIRST = "2026-03-02T15:00:00Z";
    private static final String SECOND = "2026-03-09T15:00:00Z";

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private ScheduleDocuments schedules;
    private Projector projector;

    @BeforeEach
    void newReadModel() {
        schedules = new ScheduleDocuments(mongo.freshDatabase());
        projector = new Projector(new ScheduleProjection(schedules));
    }

    @Test
    void anOpenedPlanHasItsMembersAndLevelOfCareAndAnEmptySchedule() {
        projector.project(opened());

        assertThat(schedule().sessions()).isEmpty();
        assertThat(schedule().levelOfCare()).isEqualTo(LevelOfCare.IOP_ADULT);
        assertThat(schedule().members()).containsExactly(
                new Member(AVERY.value(), MemberRole.PARTNER, false, false),
                new Member(JORDAN.value(), MemberRole.PARTNER, false, false));
        assertThat(schedule().couplesTherapyPause()).isNull();
        assertThat(schedule().lastAppliedSequence()).isZero();
    }

    @Test
    void membersJoinAndLeaveAndTheLevelOfCareChanges() {
        projector.project(opened(), added(riley()), left(JORDAN),
                          steppedUpToPartialHospitalization());

        assertThat(schedule().members()).containsExactly(
                new Member(AVERY.value(), MemberRole.PARTNER, false, false),
                new Member(JORDAN.value(), MemberRole.PARTNER, false, true),
                new Member(RILEY.value(), MemberRole.ADOLESCENT, true, false));
        assertThat(schedule().levelOfCare()).isEqualTo(LevelOfCare.PHP);
    }

    @Test
    void aScheduledSessionIsListedWithItsDetails() {
        projector.project(opened(), scheduled("s-1", FIRST));

        assertThat(schedule().sessions()).containsExactly(new ScheduledSession(
                "s-1", SessionKind.COUPLES, Instant.parse(FIRST), DURATION_MINUTES, CLINICIAN.value(),
                List.of(AVERY.value(), JORDAN.value()), LocationMode.SEPARATE_LOCATIONS, null, null,
                SessionStatus.SCHEDULED, null, null, 0));
    }

    @Test
    void aMakeupAndAConvertedSessionNameTheJointSessionTheyComeFrom() {
        projector.project(opened(), scheduled("s-1", FIRST), makeupScheduled("s-2", SECOND, "s-1"),
                          scheduled("s-3", SessionKind.INDIVIDUAL, SECOND, List.of(AVERY), null, "s-1"));

        assertThat(schedule().sessions())
                .extracting(ScheduledSession::sessionId, ScheduledSession::kind, ScheduledSession::makeupFor, ScheduledSession::convertedFrom)
                .containsExactly(
                        tuple("s-1", SessionKind.COUPLES, null, null),
                        tuple("s-2", SessionKind.INDIVIDUAL, "s-1", null),
                        tuple("s-3", SessionKind.INDIVIDUAL, null, "s-1"));
    }

    @Test
    void aRescheduledSessionTakesItsNewTimeAndSaysItMoved() {
        projector.project(opened(), scheduled("s-1", FIRST), rescheduled("s-1", SECOND, 90));

        assertThat(onlySession().startsAt()).isEqualTo(Instant.parse(SECOND));
        assertThat(onlySession().durationMinutes()).isEqualTo(90);
        assertThat(onlySession().status()).isEqualTo(SessionStatus.RESCHEDULED);
    }

    @Test
    void aCancelledSessionKeepsItsReason() {
        projector.project(opened(), scheduled("s-1", FIRST), cancelled("s-1"));

        assertThat(onlySession().status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(onlySession().cancellationReason()).isEqualTo(CancellationReason.COUPLES_THERAPY_PAUSED);
    }

    @Test
    void aSessionBothPartnersAttendedIsHeldJointly() {
        projector.project(opened(), scheduled("s-1", FIRST), attendedTogether("s-1"));

        assertThat(onlySession().status()).isEqualTo(SessionStatus.HELD);
        assertThat(onlySession().attendance()).isEqualTo(SessionAttendance.recorded(AttendanceKind.JOINT, List.of(
                attended(AVERY.value()), attended(JORDAN.value()))));
    }

    @Test
    void aSessionOnePartnerAttendedIsHeldSoloWithTheAbsenceReason() {
        projector.project(opened(), scheduled("s-1", FIRST),
                          jordanAbsent("s-1", AbsenceReason.SCHEDULING_CONFLICT, null));

        assertThat(onlySession().status()).isEqualTo(SessionStatus.HELD);
        assertThat(onlySession().attendance()).isEqualTo(SessionAttendance.recorded(AttendanceKind.SOLO, List.of(
                attended(AVERY.value()),
                new AttendanceFact(JORDAN.value(), AttendanceStatus.ABSENT, null, null,
                                   AbsenceReason.SCHEDULING_CONFLICT, null))));
    }

    @Test
    void eachParticipantsAttendanceIsKeptForASessionOfAnyKind() {
        projector.project(opened(),
                          scheduled("s-1", SessionKind.FAMILY, FIRST, List.of(AVERY, JORDAN), null, null),
                          attendance("s-1", late(AVERY, 10), noShow(JORDAN)));

        assertThat(onlySession().status()).isEqualTo(SessionStatus.HELD);
        assertThat(onlySession().attendance()).isEqualTo(SessionAttendance.recorded(AttendanceKind.PER_PARTICIPANT, List.of(
                new AttendanceFact(AVERY.value(), AttendanceStatus.LATE, 10, null, null, DURATION_MINUTES - 10),
                new AttendanceFact(JORDAN.value(), AttendanceStatus.NO_SHOW, null, null, null, 0))));
    }

    @Test
    void aCorrectionStandsBesideTheOriginalAndALaterOneReplacesIt() {
        projector.project(opened(), scheduled("s-1", FIRST),
                          jordanAbsent("s-1", AbsenceReason.SCHEDULING_CONFLICT, null),
                          corrected("s-1", late(JORDAN, 30), "joined from the car park"));
        List<AttendanceFact> recorded = onlySession().attendance().recorded();

        projector.project(corrected("s-1", present(JORDAN), "was on time, camera off"));

        assertThat(onlySession().status()).isEqualTo(SessionStatus.HELD);
        assertThat(onlySession().attendance()).isEqualTo(new SessionAttendance(AttendanceKind.SOLO, recorded, List.of(
                AttendanceFact.of(present(JORDAN)))));
        assertThat(recorded).extracting(AttendanceFact::status)
                .containsExactly(AttendanceStatus.ATTENDED, AttendanceStatus.ABSENT);
    }

    @Test
    void pausingAndResumingCouplesTherapyShowsInTheSchedule() {
        projector.project(opened(), paused(JointSessionHandling.CONVERT_TO_INDIVIDUAL));
        assertThat(schedule().couplesTherapyPause()).isEqualTo(new Pause(
                PauseReason.EMOTIONAL_SAFETY, REVIEW_ON, JointSessionHandling.CONVERT_TO_INDIVIDUAL, false));

        projector.project(resumed());
        assertThat(schedule().couplesTherapyPause()).isNull();
    }

    @Test
    void aPauseIsDueForReviewOnlyOnItsOwnReviewDate() {
        projector.project(opened(), paused(), reviewDue(REVIEW_ON.minusDays(7)));
        assertThat(schedule().couplesTherapyPause().reviewDue()).isFalse();

        projector.project(reviewDue(REVIEW_ON));
        assertThat(schedule().couplesTherapyPause().reviewDue()).isTrue();
    }

    @Test
    void discontinuingCouplesTherapyEndsThePause() {
        projector.project(opened(), paused(), discontinued());

        assertThat(schedule().couplesTherapyPause()).isNull();
        assertThat(schedule().couplesTherapyDiscontinuation().reason()).isEqualTo(DiscontinuationReason.SEPARATION);
    }

    @Test
    void theResponseListsSessionsEarliestFirstAndSaysWhereThePlanStands() {
        projector.project(opened(), scheduled("s-2", SECOND), scheduled("s-1", FIRST), paused(),
                          reviewDue(REVIEW_ON), discharged());

        ScheduleResponse response = ScheduleResponse.from(schedule(), new LevelOfCareMinimums(
                Map.of(LevelOfCare.IOP_ADULT, 9, LevelOfCare.IOP_ADOLESCENT, 6, LevelOfCare.PHP, 20)), Period.UNBOUNDED);

        assertThat(response.sessions()).extracting(ScheduleResponse.Session::sessionId).containsExactly("s-1", "s-2");
        assertThat(response.couplesTherapy()).isEqualTo(new ScheduleResponse.CouplesTherapy(
                true, PauseReason.EMOTIONAL_SAFETY, REVIEW_ON, JointSessionHandling.CANCEL, true, false, null));
        assertThat(response.discharged()).isTrue();
        assertThat(response.weeklyMinimumHours()).isEqualTo(9);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        projector.project(opened(), scheduled("s-1", FIRST), attendance("s-1", present(AVERY), absent(JORDAN,
                AbsenceReason.EMOTIONAL_OVERWHELM)), corrected("s-1", present(JORDAN), "came after all"));
        ScheduleDocument before = schedule();

        projector.redeliver(1);
        projector.redeliver(2);
        projector.redeliver(3);

        assertThat(schedule()).isEqualTo(before);
    }

    @Test
    void aResetForgetsEverySchedule() {
        projector.project(opened());

        projector.reset();

        assertThat(schedules.find(PLAN)).isEmpty();
    }

    private ScheduleDocument schedule() {
        return schedules.find(PLAN).orElseThrow();
    }

    private ScheduledSession onlySession() {
        assertThat(schedule().sessions()).hasSize(1);
        return schedule().sessions().get(0);
    }

    private static AttendanceFact attended(String participantId) {
        return new AttendanceFact(participantId, AttendanceStatus.ATTENDED, null, null, null, null);
    }
}
