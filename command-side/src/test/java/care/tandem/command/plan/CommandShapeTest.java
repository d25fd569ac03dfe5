package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.Partner;
import care.tandem.events.plan.PauseReason;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Malformed commands cannot be built: each refusal names the field a client must fix. */
class CommandShapeTest {

    static final PlanId PLAN = PlanId.of("plan-1");
    static final ParticipantId ALEX = ParticipantId.of("p-alex");
    static final ParticipantId SAM = ParticipantId.of("p-sam");
    static final ClinicianId CLINICIAN = ClinicianId.of("c-1");
    static final SessionId SESSION = SessionId.of("s-1");
    static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    static void assertInvalid(ThrowingCallable building, String field) {
        assertThatThrownBy(building)
                .isInstanceOf(InvalidCommandException.class)
                .extracting(e -> ((InvalidCommandException) e).field())
                .isEqualTo(field);
    }

    @Test
    void aCouplesPlanNeedsExactlyTwoDistinctNamedPartners() {
        assertInvalid(() -> new OpenTreatmentPlan(PLAN, List.of(new Partner(ALEX, "Alex")), CLINICIAN, NOW),
                "partners");
        assertInvalid(() -> new OpenTreatmentPlan(PLAN,
                List.of(new Partner(ALEX, "Alex"), new Partner(ALEX, "Alex again")), CLINICIAN, NOW), "partners");
        assertInvalid(() -> new OpenTreatmentPlan(PLAN,
                List.of(new Partner(ALEX, "Alex"), new Partner(SAM, "  ")), CLINICIAN, NOW), "partners[].displayName");
        assertInvalid(() -> new OpenTreatmentPlan(PLAN,
                List.of(new Partner(ALEX, "Alex"), new Partner(SAM, "Sam")), null, NOW), "primaryClinicianId");
    }

    @Test
    void aJointSessionNeedsAPlausibleDurationAndBothPartners() {
        assertInvalid(() -> new ScheduleJointSession(PLAN, SESSION, NOW, 0, CLINICIAN, List.of(ALEX, SAM)),
                "durationMinutes");
        assertInvalid(() -> new ScheduleJointSession(PLAN, SESSION, NOW, 241, CLINICIAN, List.of(ALEX, SAM)),
                "durationMinutes");
        assertInvalid(() -> new ScheduleJointSession(PLAN, SESSION, NOW, 90, CLINICIAN, List.of(ALEX)),
                "expectedParticipantIds");
        assertInvalid(() -> new ScheduleJointSession(PLAN, SESSION, NOW, 90, CLINICIAN, List.of(ALEX, ALEX)),
                "expectedParticipantIds");
        assertInvalid(() -> new ScheduleJointSession(PLAN, SESSION, null, 90, CLINICIAN, List.of(ALEX, SAM)),
                "startsAt");
    }

    @Test
    void soloAttendanceNamesTwoDifferentPartnersAndFreeTextOnlyForOther() {
        assertInvalid(() -> new RecordSoloAttendance(PLAN, SESSION, ALEX, ALEX, AbsenceReason.SCHEDULING_CONFLICT,
                null, CLINICIAN, NOW), "absentPartnerId");
        assertInvalid(() -> new RecordSoloAttendance(PLAN, SESSION, ALEX, SAM, AbsenceReason.OTHER, " ",
                CLINICIAN, NOW), "reasonDetail");
        assertInvalid(() -> new RecordSoloAttendance(PLAN, SESSION, ALEX, SAM, AbsenceReason.EMOTIONAL_OVERWHELM,
                "details", CLINICIAN, NOW), "reasonDetail");
        assertInvalid(() -> new RecordSoloAttendance(PLAN, SESSION, ALEX, SAM, null, null, CLINICIAN, NOW),
                "absenceReason");
    }

    @Test
    void aPauseIsReviewedOnOrAfterTheDayItStarts() {
        assertInvalid(() -> new PauseCouplesTherapy(PLAN, PauseReason.SAFETY_CONCERN, LocalDate.parse("2026-03-01"),
                CLINICIAN, NOW), "reviewOn");
        assertInvalid(() -> new PauseCouplesTherapy(PLAN, null, LocalDate.parse("2026-03-09"), CLINICIAN, NOW),
                "reason");
    }
}
