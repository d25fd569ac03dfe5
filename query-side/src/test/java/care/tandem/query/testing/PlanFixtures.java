package care.tandem.query.testing;

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

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One couple's plan, its clinician, and the events the command side records for it. */
public final class PlanFixtures {

    public static final PlanId PLAN = PlanId.of("plan-7");
    public static final ParticipantId AVERY = ParticipantId.of("p-avery");
    public static final ParticipantId JORDAN = ParticipantId.of("p-jordan");
    public static final String AVERY_NAME = "Avery Quinn";
    public static final String JORDAN_NAME = "Jordan Quinn";
    public static final ClinicianId CLINICIAN = ClinicianId.of("c-lee");
    public static final Instant RECORDED_AT = Instant.parse("2026-03-01T09:00:00Z");
    public static final LocalDate REVIEW_ON = LocalDate.parse("2026-04-01");

    private PlanFixtures() {
    }

    public static TreatmentPlanOpened opened() {
        return new TreatmentPlanOpened(PLAN, List.of(new Partner(AVERY, AVERY_NAME), new Partner(JORDAN, JORDAN_NAME)),
                                       CLINICIAN, RECORDED_AT);
    }

    public static JointSessionScheduled scheduled(String sessionId, String startsAt) {
        return new JointSessionScheduled(PLAN, SessionId.of(sessionId), Instant.parse(startsAt), 60, CLINICIAN,
                                         List.of(AVERY, JORDAN));
    }

    public static JointAttendanceRecorded attendedTogether(String sessionId) {
        return new JointAttendanceRecorded(PLAN, SessionId.of(sessionId), List.of(AVERY, JORDAN), CLINICIAN,
                                           RECORDED_AT);
    }

    /** Avery attends alone; Jordan is absent. */
    public static SoloAttendanceRecorded jordanAbsent(String sessionId, AbsenceReason reason, String detail) {
        return new SoloAttendanceRecorded(PLAN, SessionId.of(sessionId), AVERY, JORDAN, reason, detail, CLINICIAN,
                                          RECORDED_AT);
    }

    public static CouplesTherapyPaused paused() {
        return new CouplesTherapyPaused(PLAN, PauseReason.EMOTIONAL_SAFETY, REVIEW_ON, CLINICIAN, RECORDED_AT);
    }

    public static CouplesTherapyResumed resumed() {
        return new CouplesTherapyResumed(PLAN, CLINICIAN, RECORDED_AT);
    }

    public static JointSessionCancelled cancelled(String sessionId) {
        return new JointSessionCancelled(PLAN, SessionId.of(sessionId), CancellationReason.COUPLES_THERAPY_PAUSED,
                                         RECORDED_AT);
    }
}
