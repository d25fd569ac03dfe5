package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.SessionKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

import static care.tandem.command.plan.CommandChecks.distinct;
import static care.tandem.command.plan.CommandChecks.required;

/** A couple's joint session: a COUPLES session expecting both partners. */
public record ScheduleJointSession(
        @TargetAggregateIdentifier PlanId planId,
        SessionId sessionId,
        Instant startsAt,
        int durationMinutes,
        ClinicianId clinician,
        List<ParticipantId> expectedParticipants,
        LocationMode locationMode) {

    public ScheduleJointSession {
        required(expectedParticipants, "expectedParticipantIds");
        if (expectedParticipants.size() != 2) {
            throw new InvalidCommandException("expectedParticipantIds", "a joint session expects both partners");
        }
        distinct(expectedParticipants, "expectedParticipantIds");
        required(locationMode, "locationMode");
        asSession(planId, sessionId, startsAt, durationMinutes, clinician, expectedParticipants, locationMode);
    }

    ScheduleSession asSession() {
        return asSession(planId, sessionId, startsAt, durationMinutes, clinician, expectedParticipants, locationMode);
    }

    private static ScheduleSession asSession(PlanId planId, SessionId sessionId, Instant startsAt, int durationMinutes,
                                             ClinicianId clinician, List<ParticipantId> expected,
                                             LocationMode locationMode) {
        return new ScheduleSession(planId, sessionId, SessionKind.COUPLES, startsAt, durationMinutes, clinician,
                expected, locationMode, null);
    }
}
