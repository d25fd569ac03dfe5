package care.tandem.query.calendar;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.AttendanceCorrected;
import care.tandem.events.plan.AttendanceRecorded;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.ParticipantAttendance;
import care.tandem.events.plan.SessionCancelled;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.SessionRescheduled;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.query.config.ClinicTime;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static care.tandem.query.testing.PlanFixtures.CLINICIAN;
import static care.tandem.query.testing.PlanFixtures.RECORDED_AT;

/**
 * A second family's plan beside {@link care.tandem.query.testing.PlanFixtures#PLAN}, and a multi-family group session
 * both plans share: the command side schedules it in each plan with the same session id.
 */
final class CalendarFixtures {

    static final ClinicTime NEW_YORK = new ClinicTime(ZoneId.of("America/New_York"));
    static final PlanId OTHER_PLAN = PlanId.of("plan-8");
    static final ParticipantId CASEY = ParticipantId.of("p-casey");
    static final ParticipantId DREW = ParticipantId.of("p-drew");
    static final String GROUP = "s-group";
    static final int GROUP_MINUTES = 90;

    private CalendarFixtures() {
    }

    static SessionScheduled groupSession(PlanId plan, String startsAt, ParticipantId... participants) {
        return new SessionScheduled(plan, SessionId.of(GROUP), SessionKind.MULTI_FAMILY_GROUP, Instant.parse(startsAt),
                                    GROUP_MINUTES, CLINICIAN, List.of(participants), LocationMode.SAME_LOCATION, null,
                                    null);
    }

    static SessionScheduled scheduledWith(ClinicianId clinician, PlanId plan, String sessionId, String startsAt,
                                          ParticipantId participant) {
        return new SessionScheduled(plan, SessionId.of(sessionId), SessionKind.INDIVIDUAL, Instant.parse(startsAt), 60,
                                    clinician, List.of(participant), LocationMode.NOT_RECORDED, null, null);
    }

    static AttendanceRecorded groupAttendance(PlanId plan, ParticipantAttendance... attendance) {
        return new AttendanceRecorded(plan, SessionId.of(GROUP), List.of(attendance), CLINICIAN, RECORDED_AT);
    }

    static AttendanceCorrected correctedFor(PlanId plan, String sessionId, ParticipantAttendance corrected) {
        return new AttendanceCorrected(plan, SessionId.of(sessionId), corrected, "recorded against the wrong person",
                                       CLINICIAN, RECORDED_AT);
    }

    static SessionCancelled cancelledFor(PlanId plan, String sessionId, CancellationReason reason) {
        return new SessionCancelled(plan, SessionId.of(sessionId), reason, RECORDED_AT);
    }

    /** Moved by a covering clinician: the event names who moved it, never a new clinician for the session. */
    static SessionRescheduled rescheduledBy(ClinicianId mover, PlanId plan, String sessionId, String startsAt) {
        return new SessionRescheduled(plan, SessionId.of(sessionId), Instant.parse(startsAt), 60, mover, RECORDED_AT);
    }
}
