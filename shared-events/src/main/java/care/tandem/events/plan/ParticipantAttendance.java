package care.tandem.events.plan;

import care.tandem.events.id.ParticipantId;

/** How one participant attended one session. minutesLate/minutesLeftEarly only for LATE/LEFT_EARLY, absenceReason only for ABSENT; attendedMinutes feeds the weekly hours. */
public record ParticipantAttendance(
        ParticipantId participantId,
        AttendanceStatus status,
        Integer minutesLate,
        Integer minutesLeftEarly,
        AbsenceReason absenceReason,
        int attendedMinutes) {
}
