package care.tandem.command.plan;

import care.tandem.events.id.ParticipantId;

import java.time.Instant;
import java.util.List;

/** What the plan must remember of a joint session to judge the next command about it. */
record JointSession(Instant startsAt, List<ParticipantId> expectedParticipants, Status status) {

    enum Status { SCHEDULED, CANCELLED, ATTENDANCE_RECORDED }

    JointSession withStatus(Status newStatus) {
        return new JointSession(startsAt, expectedParticipants, newStatus);
    }

    boolean isStillAheadAt(Instant instant) {
        return status == Status.SCHEDULED && startsAt.isAfter(instant);
    }
}
