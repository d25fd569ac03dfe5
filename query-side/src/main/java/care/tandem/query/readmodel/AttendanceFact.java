package care.tandem.query.readmodel;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AttendanceRecorded;
import care.tandem.events.plan.AttendanceStatus;
import care.tandem.events.plan.JointAttendanceRecorded;
import care.tandem.events.plan.ParticipantAttendance;
import care.tandem.events.plan.SoloAttendanceRecorded;

import java.util.ArrayList;
import java.util.List;

/**
 * One participant's attendance of one session, whichever fact recorded it. {@code minutesLate} and
 * {@code minutesLeftEarly} are set only for LATE and LEFT_EARLY, {@code absenceReason} only for ABSENT;
 * {@code attendedMinutes} is null where the fact counted no minutes (joint and solo attendance).
 */
public record AttendanceFact(
        String participantId,
        AttendanceStatus status,
        Integer minutesLate,
        Integer minutesLeftEarly,
        AbsenceReason absenceReason,
        Integer attendedMinutes) {

    public static AttendanceFact of(ParticipantAttendance attendance) {
        return new AttendanceFact(attendance.participantId().value(), attendance.status(), attendance.minutesLate(),
                                  attendance.minutesLeftEarly(), attendance.absenceReason(),
                                  attendance.attendedMinutes());
    }

    public static List<AttendanceFact> allOf(AttendanceRecorded event) {
        return event.attendance().stream().map(AttendanceFact::of).toList();
    }

    public static List<AttendanceFact> allOf(JointAttendanceRecorded event) {
        return event.attendees().stream().map(AttendanceFact::attended).toList();
    }

    public static List<AttendanceFact> allOf(SoloAttendanceRecorded event) {
        return List.of(attended(event.attendingPartner()),
                       new AttendanceFact(event.absentPartner().value(), AttendanceStatus.ABSENT, null, null,
                                          event.absenceReason(), null));
    }

    private static AttendanceFact attended(ParticipantId participant) {
        return new AttendanceFact(participant.value(), AttendanceStatus.ATTENDED, null, null, null, null);
    }

    /** What stands once the facts are recorded: each replaces whatever stood for its participant, and goes last. */
    public static List<AttendanceFact> standingAfter(List<AttendanceFact> standing, List<AttendanceFact> facts) {
        List<AttendanceFact> after = new ArrayList<>(standing);
        for (AttendanceFact fact : facts) {
            after.removeIf(earlier -> earlier.participantId().equals(fact.participantId()));
            after.add(fact);
        }
        return List.copyOf(after);
    }

    /** Absent or a no-show: at a couples session, a missed joint session. Late or leaving early still counts as there. */
    public boolean missed() {
        return status.missed();
    }
}
