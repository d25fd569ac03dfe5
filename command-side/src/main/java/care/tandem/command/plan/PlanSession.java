package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.AttendanceStatus;
import care.tandem.events.plan.SessionKind;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the plan remembers of one of its sessions; changed only by the plan's event sourcing handlers. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class PlanSession {

    enum Status { SCHEDULED, CANCELLED, ATTENDANCE_RECORDED }

    private final SessionKind kind;
    private final List<ParticipantId> participants;
    private final SessionId makeupFor;
    private final ClinicianId clinician;
    private Instant startsAt;
    private int durationMinutes;
    private Status status = Status.SCHEDULED;
    private final Map<ParticipantId, AttendanceStatus> attendance = new HashMap<>();

    /** For a snapshot's fields to be read back into. */
    private PlanSession() {
        this(null, null, 0, List.of(), null, null);
    }

    PlanSession(SessionKind kind, Instant startsAt, int durationMinutes, List<ParticipantId> participants,
                SessionId makeupFor, ClinicianId clinician) {
        this.kind = kind;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.participants = List.copyOf(participants);
        this.makeupFor = makeupFor;
        this.clinician = clinician;
    }

    SessionKind kind() {
        return kind;
    }

    Instant startsAt() {
        return startsAt;
    }

    int durationMinutes() {
        return durationMinutes;
    }

    List<ParticipantId> participants() {
        return participants;
    }

    SessionId makeupFor() {
        return makeupFor;
    }

    ClinicianId clinician() {
        return clinician;
    }

    Status status() {
        return status;
    }

    boolean isJoint() {
        return kind == SessionKind.COUPLES;
    }

    boolean isStillAheadAt(Instant instant) {
        return status == Status.SCHEDULED && startsAt.isAfter(instant);
    }

    AttendanceStatus attendanceOf(ParticipantId participant) {
        return attendance.get(participant);
    }

    boolean missedBy(ParticipantId participant) {
        AttendanceStatus recorded = attendance.get(participant);
        return recorded != null && recorded.missed();
    }

    void moveTo(Instant newStart, int newDuration) {
        startsAt = newStart;
        durationMinutes = newDuration;
    }

    void cancel() {
        status = Status.CANCELLED;
    }

    void recordAttendance(ParticipantId participant, AttendanceStatus recorded) {
        status = Status.ATTENDANCE_RECORDED;
        attendance.put(participant, recorded);
    }
}
