package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

import static care.tandem.command.plan.CommandChecks.distinct;
import static care.tandem.command.plan.CommandChecks.required;

public record ScheduleJointSession(
        @TargetAggregateIdentifier PlanId planId,
        SessionId sessionId,
        Instant startsAt,
        int durationMinutes,
        ClinicianId clinician,
        List<ParticipantId> expectedParticipants) {

    /** A virtual IOP day is 3-4 hours; no single session runs longer than a full day's block. */
    static final int MAX_DURATION_MINUTES = 240;

    public ScheduleJointSession {
        required(planId, "planId");
        required(sessionId, "sessionId");
        required(startsAt, "startsAt");
        if (durationMinutes < 1 || durationMinutes > MAX_DURATION_MINUTES) {
            throw new InvalidCommandException("durationMinutes",
                    "must be between 1 and " + MAX_DURATION_MINUTES + " minutes");
        }
        required(clinician, "clinicianId");
        required(expectedParticipants, "expectedParticipantIds");
        if (expectedParticipants.size() < 2) {
            throw new InvalidCommandException("expectedParticipantIds", "a joint session expects both partners");
        }
        distinct(expectedParticipants, "expectedParticipantIds");
        expectedParticipants = List.copyOf(expectedParticipants);
    }
}
