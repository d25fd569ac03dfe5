package care.tandem.query.schedule;

import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.PauseReason;
import care.tandem.query.readmodel.AttendanceKind;
import care.tandem.query.schedule.ScheduleDocument.Attendance;
import care.tandem.query.schedule.ScheduleDocument.Pause;
import care.tandem.query.schedule.ScheduleDocument.Session;
import care.tandem.query.testing.InMemoryMongo;
import care.tandem.query.testing.Projector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;

import static care.tandem.query.testing.PlanFixtures.AVERY;
import static care.tandem.query.testing.PlanFixtures.CLINICIAN;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static care.tandem.query.testing.PlanFixtures.PLAN;
import static care.tandem.query.testing.PlanFixtures.REVIEW_ON;
import static care.tandem.query.testing.PlanFixtures.attendedTogether;
import static care.tandem.query.testing.PlanFixtures.cancelled;
import static care.tandem.query.testing.PlanFixtures.jordanAbsent;
import static care.tandem.query.testing.PlanFixtures.opened;
import static care.tandem.query.testing.PlanFixtures.paused;
import static care.tandem.query.testing.PlanFixtures.resumed;
import static care.tandem.query.testing.PlanFixtures.scheduled;
import static org.assertj.core.api.Assertions.assertThat;

class ScheduleProjectionTest {

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
    void anOpenedPlanHasAnEmptyScheduleAndTherapyIsNotPaused() {
        projector.project(opened());

        assertThat(schedule().sessions()).isEmpty();
        assertThat(schedule().couplesTherapyPause()).isNull();
        assertThat(schedule().lastAppliedSequence()).isZero();
    }

    @Test
    void aScheduledSessionIsListedWithItsDetails() {
        projector.project(opened(), scheduled("s-1", "2026-03-02T15:00:00Z"));

        assertThat(schedule().sessions()).containsExactly(new Session(
                "s-1", Instant.parse("2026-03-02T15:00:00Z"), 60, CLINICIAN.value(),
                List.of(AVERY.value(), JORDAN.value()), SessionStatus.SCHEDULED, null, null));
    }

    @Test
    void aCancelledSessionKeepsItsReason() {
        projector.project(opened(), scheduled("s-1", "2026-03-02T15:00:00Z"), cancelled("s-1"));

        assertThat(onlySession().status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(onlySession().cancellationReason()).isEqualTo(CancellationReason.COUPLES_THERAPY_PAUSED);
    }

    @Test
    void aSessionBothPartnersAttendedIsHeldJointly() {
        projector.project(opened(), scheduled("s-1", "2026-03-02T15:00:00Z"), attendedTogether("s-1"));

        assertThat(onlySession().status()).isEqualTo(SessionStatus.HELD);
        assertThat(onlySession().attendance()).isEqualTo(new Attendance(
                AttendanceKind.JOINT, List.of(AVERY.value(), JORDAN.value()), null, null, null));
    }

    @Test
    void aSessionOnePartnerAttendedIsHeldSoloWithTheAbsenceReason() {
        projector.project(opened(), scheduled("s-1", "2026-03-02T15:00:00Z"),
                          jordanAbsent("s-1", AbsenceReason.SCHEDULING_CONFLICT, null));

        assertThat(onlySession().status()).isEqualTo(SessionStatus.HELD);
        assertThat(onlySession().attendance()).isEqualTo(new Attendance(
                AttendanceKind.SOLO, null, AVERY.value(), JORDAN.value(), AbsenceReason.SCHEDULING_CONFLICT));
    }

    @Test
    void pausingAndResumingCouplesTherapyShowsInTheSchedule() {
        projector.project(opened(), paused());
        assertThat(schedule().couplesTherapyPause()).isEqualTo(new Pause(PauseReason.EMOTIONAL_SAFETY, REVIEW_ON));

        projector.project(resumed());
        assertThat(schedule().couplesTherapyPause()).isNull();
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        projector.project(opened(), scheduled("s-1", "2026-03-02T15:00:00Z"), attendedTogether("s-1"));
        ScheduleDocument before = schedule();

        projector.redeliver(1);
        projector.redeliver(2);

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

    private Session onlySession() {
        assertThat(schedule().sessions()).hasSize(1);
        return schedule().sessions().get(0);
    }
}
