package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.CouplesTherapyPaused;
import care.tandem.events.plan.CouplesTherapyResumed;
import care.tandem.events.plan.JointAttendanceRecorded;
import care.tandem.events.plan.JointSessionCancelled;
import care.tandem.events.plan.JointSessionScheduled;
import care.tandem.events.plan.Partner;
import care.tandem.events.plan.PauseReason;
import care.tandem.events.plan.SoloAttendanceRecorded;
import care.tandem.events.plan.TreatmentPlanOpened;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.containsString;

class TreatmentPlanTest {

    static final PlanId PLAN = PlanId.of("plan-1");
    static final ParticipantId ALEX = ParticipantId.of("p-alex");
    static final ParticipantId SAM = ParticipantId.of("p-sam");
    static final ParticipantId STRANGER = ParticipantId.of("p-stranger");
    static final ClinicianId CLINICIAN = ClinicianId.of("c-rivera");
    static final SessionId MONDAY = SessionId.of("s-monday");
    static final SessionId WEDNESDAY = SessionId.of("s-wednesday");
    static final SessionId FRIDAY = SessionId.of("s-friday");
    static final Instant OPENED_AT = Instant.parse("2026-03-01T09:00:00Z");
    static final Instant MONDAY_START = Instant.parse("2026-03-02T17:00:00Z");
    static final Instant WEDNESDAY_START = Instant.parse("2026-03-04T17:00:00Z");
    static final Instant FRIDAY_START = Instant.parse("2026-03-06T17:00:00Z");
    static final Instant AFTER_MONDAY = MONDAY_START.plus(Duration.ofHours(2));

    private FixtureConfiguration<TreatmentPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TreatmentPlan.class);
    }

    static TreatmentPlanOpened opened() {
        return new TreatmentPlanOpened(PLAN, List.of(new Partner(ALEX, "Alex"), new Partner(SAM, "Sam")),
                CLINICIAN, OPENED_AT);
    }

    static JointSessionScheduled scheduled(SessionId session, Instant startsAt) {
        return new JointSessionScheduled(PLAN, session, startsAt, 90, CLINICIAN, List.of(ALEX, SAM));
    }

    static CouplesTherapyPaused paused(Instant at) {
        return new CouplesTherapyPaused(PLAN, PauseReason.EMOTIONAL_SAFETY, LocalDate.parse("2026-03-20"),
                CLINICIAN, at);
    }

    @Test
    void openingAPlanRecordsBothPartnersAndTheClinician() {
        fixture.givenNoPriorActivity()
                .when(new OpenTreatmentPlan(PLAN, List.of(new Partner(ALEX, " Alex "), new Partner(SAM, "Sam")),
                        CLINICIAN, OPENED_AT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(opened());
    }

    @Nested
    class SchedulingAJointSession {

        @Test
        void isRecordedForMembersOfThePlan() {
            fixture.given(opened())
                    .when(new ScheduleJointSession(PLAN, MONDAY, MONDAY_START, 90, CLINICIAN, List.of(ALEX, SAM)))
                    .expectEvents(scheduled(MONDAY, MONDAY_START));
        }

        @Test
        void isRejectedWhileCouplesTherapyIsPaused() {
            fixture.given(opened(), paused(OPENED_AT))
                    .when(new ScheduleJointSession(PLAN, MONDAY, MONDAY_START, 90, CLINICIAN, List.of(ALEX, SAM)))
                    .expectException(PlanRuleViolation.class)
                    .expectExceptionMessage(containsString("paused"))
                    .expectNoEvents();
        }

        @Test
        void isAllowedAgainOnceCouplesTherapyResumed() {
            fixture.given(opened(), paused(OPENED_AT), new CouplesTherapyResumed(PLAN, CLINICIAN, OPENED_AT))
                    .when(new ScheduleJointSession(PLAN, MONDAY, MONDAY_START, 90, CLINICIAN, List.of(ALEX, SAM)))
                    .expectEvents(scheduled(MONDAY, MONDAY_START));
        }

        @Test
        void isRejectedForSomeoneOutsideThePlan() {
            fixture.given(opened())
                    .when(new ScheduleJointSession(PLAN, MONDAY, MONDAY_START, 90, CLINICIAN,
                            List.of(ALEX, STRANGER)))
                    .expectException(PlanRuleViolation.class)
                    .expectExceptionMessage(containsString("not a member"))
                    .expectNoEvents();
        }

        @Test
        void isRejectedWhenTheSessionIdIsTaken() {
            fixture.given(opened(), scheduled(MONDAY, MONDAY_START))
                    .when(new ScheduleJointSession(PLAN, MONDAY, WEDNESDAY_START, 90, CLINICIAN, List.of(ALEX, SAM)))
                    .expectException(PlanRuleViolation.class)
                    .expectExceptionMessage(containsString("already scheduled"))
                    .expectNoEvents();
        }
    }

    @Nested
    class RecordingJointAttendance {

        @Test
        void recordsEveryExpectedPartnerAsAttending() {
            fixture.given(opened(), scheduled(MONDAY, MONDAY_START))
                    .when(new RecordJointAttendance(PLAN, MONDAY, CLINICIAN, AFTER_MONDAY))
                    .expectEvents(new JointAttendanceRecorded(PLAN, MONDAY, List.of(ALEX, SAM), CLINICIAN,
                            AFTER_MONDAY));
        }

        @Test
        void isRejectedForAnUnknownSession() {
            fixture.given(opened())
                    .when(new RecordJointAttendance(PLAN, MONDAY, CLINICIAN, AFTER_MONDAY))
                    .expectException(UnknownSessionException.class)
                    .expectNoEvents();
        }

        @Test
        void isRejectedForACancelledSession() {
            fixture.given(opened(), scheduled(MONDAY, MONDAY_START), paused(OPENED_AT),
                            new JointSessionCancelled(PLAN, MONDAY, CancellationReason.COUPLES_THERAPY_PAUSED,
                                    OPENED_AT))
                    .when(new RecordJointAttendance(PLAN, MONDAY, CLINICIAN, AFTER_MONDAY))
                    .expectException(PlanRuleViolation.class)
                    .expectExceptionMessage(containsString("cancelled"))
                    .expectNoEvents();
        }

        @Test
        void isRejectedTheSecondTime() {
            fixture.given(opened(), scheduled(MONDAY, MONDAY_START),
                            new JointAttendanceRecorded(PLAN, MONDAY, List.of(ALEX, SAM), CLINICIAN, AFTER_MONDAY))
                    .when(new RecordJointAttendance(PLAN, MONDAY, CLINICIAN, AFTER_MONDAY))
                    .expectException(PlanRuleViolation.class)
                    .expectExceptionMessage(containsString("already recorded"))
                    .expectNoEvents();
        }

        @Test
        void isRejectedBeforeTheSessionStarts() {
            fixture.given(opened(), scheduled(MONDAY, MONDAY_START))
                    .when(new RecordJointAttendance(PLAN, MONDAY, CLINICIAN, MONDAY_START.minusSeconds(60)))
                    .expectException(PlanRuleViolation.class)
                    .expectExceptionMessage(containsString("has not started"))
                    .expectNoEvents();
        }
    }

    @Nested
    class RecordingSoloAttendance {

        private RecordSoloAttendance alexCameAlone(SessionId session) {
            return new RecordSoloAttendance(PLAN, session, ALEX, SAM, AbsenceReason.SCHEDULING_CONFLICT, null,
                    CLINICIAN, AFTER_MONDAY);
        }

        @Test
        void documentsWhoCameWhoDidNotAndWhy() {
            fixture.given(opened(), scheduled(MONDAY, MONDAY_START))
                    .when(alexCameAlone(MONDAY))
                    .expectEvents(new SoloAttendanceRecorded(PLAN, MONDAY, ALEX, SAM,
                            AbsenceReason.SCHEDULING_CONFLICT, null, CLINICIAN, AFTER_MONDAY));
        }

        @Test
        void keepsTheFreeTextOfAnOtherReason() {
            fixture.given(opened(), scheduled(MONDAY, MONDAY_START))
                    .when(new RecordSoloAttendance(PLAN, MONDAY, SAM, ALEX, AbsenceReason.OTHER, "car broke down",
                            CLINICIAN, AFTER_MONDAY))
                    .expectEvents(new SoloAttendanceRecorded(PLAN, MONDAY, SAM, ALEX, AbsenceReason.OTHER,
                            "car broke down", CLINICIAN, AFTER_MONDAY));
        }

        @Test
        void isRejectedForAnUnknownSession() {
            fixture.given(opened())
                    .when(alexCameAlone(MONDAY))
                    .expectException(UnknownSessionException.class)
                    .expectNoEvents();
        }

        @Test
        void isRejectedWhenAttendanceIsAlreadyRecorded() {
            fixture.given(opened(), scheduled(MONDAY, MONDAY_START),
                            new JointAttendanceRecorded(PLAN, MONDAY, List.of(ALEX, SAM), CLINICIAN, AFTER_MONDAY))
                    .when(alexCameAlone(MONDAY))
                    .expectException(PlanRuleViolation.class)
                    .expectExceptionMessage(containsString("already recorded"))
                    .expectNoEvents();
        }

        @Test
        void isRejectedForACancelledSession() {
            fixture.given(opened(), scheduled(MONDAY, MONDAY_START), paused(OPENED_AT),
                            new JointSessionCancelled(PLAN, MONDAY, CancellationReason.COUPLES_THERAPY_PAUSED,
                                    OPENED_AT))
                    .when(alexCameAlone(MONDAY))
                    .expectException(PlanRuleViolation.class)
                    .expectExceptionMessage(containsString("cancelled"))
                    .expectNoEvents();
        }

        @Test
        void isRejectedForSomeoneOutsideThePlan() {
            fixture.given(opened(), scheduled(MONDAY, MONDAY_START))
                    .when(new RecordSoloAttendance(PLAN, MONDAY, ALEX, STRANGER, AbsenceReason.SCHEDULING_CONFLICT,
                            null, CLINICIAN, AFTER_MONDAY))
                    .expectException(PlanRuleViolation.class)
                    .expectExceptionMessage(containsString("not a member"))
                    .expectNoEvents();
        }

        @Test
        void isRejectedBeforeTheSessionStarts() {
            fixture.given(opened(), scheduled(WEDNESDAY, WEDNESDAY_START))
                    .when(alexCameAlone(WEDNESDAY))
                    .expectException(PlanRuleViolation.class)
                    .expectExceptionMessage(containsString("has not started"))
                    .expectNoEvents();
        }
    }

    @Nested
    class PausingCouplesTherapy {

        @Test
        void cancelsTheJointSessionsStillAheadButNotThosePastOrHeld() {
            Instant pausedAt = Instant.parse("2026-03-03T12:00:00Z");
            fixture.given(opened(),
                            scheduled(MONDAY, MONDAY_START),
                            scheduled(FRIDAY, FRIDAY_START),
                            scheduled(WEDNESDAY, WEDNESDAY_START))
                    .when(new PauseCouplesTherapy(PLAN, PauseReason.EMOTIONAL_SAFETY, LocalDate.parse("2026-03-20"),
                            CLINICIAN, pausedAt))
                    .expectEvents(
                            paused(pausedAt),
                            new JointSessionCancelled(PLAN, WEDNESDAY, CancellationReason.COUPLES_THERAPY_PAUSED,
                                    pausedAt),
                            new JointSessionCancelled(PLAN, FRIDAY, CancellationReason.COUPLES_THERAPY_PAUSED,
                                    pausedAt));
        }

        @Test
        void isRejectedWhenAlreadyPaused() {
            fixture.given(opened(), paused(OPENED_AT))
                    .when(new PauseCouplesTherapy(PLAN, PauseReason.ACTIVE_CONFLICT, LocalDate.parse("2026-03-20"),
                            CLINICIAN, OPENED_AT))
                    .expectException(PlanRuleViolation.class)
                    .expectExceptionMessage(containsString("already paused"))
                    .expectNoEvents();
        }
    }

    @Nested
    class ResumingCouplesTherapy {

        @Test
        void endsThePause() {
            fixture.given(opened(), paused(OPENED_AT))
                    .when(new ResumeCouplesTherapy(PLAN, CLINICIAN, AFTER_MONDAY))
                    .expectEvents(new CouplesTherapyResumed(PLAN, CLINICIAN, AFTER_MONDAY));
        }

        @Test
        void requiresAPause() {
            fixture.given(opened())
                    .when(new ResumeCouplesTherapy(PLAN, CLINICIAN, AFTER_MONDAY))
                    .expectException(PlanRuleViolation.class)
                    .expectExceptionMessage(containsString("not paused"))
                    .expectNoEvents();
        }

        @Test
        void requiresAPauseThatIsStillInForce() {
            fixture.given(opened(), paused(OPENED_AT), new CouplesTherapyResumed(PLAN, CLINICIAN, OPENED_AT))
                    .when(new ResumeCouplesTherapy(PLAN, CLINICIAN, AFTER_MONDAY))
                    .expectException(PlanRuleViolation.class)
                    .expectNoEvents();
        }
    }
}
