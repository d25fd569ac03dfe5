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

/**
 * Schedules a session of any kind. A MULTI_FAMILY_GROUP session is scheduled in each plan of the group with
 * the same session id; makeupFor names the missed joint session a makeup session replaces.
 */
public record ScheduleSession(
        @TargetAggregateIdentifier PlanId planId,
        SessionId sessionId,
        SessionKind kind,
        Instant startsAt,
        int durationMinutes,
        ClinicianId clinician,
        List<ParticipantId> participants,
        LocationMode locationMode,
        SessionId makeupFor) {

    public ScheduleSession {
        required(planId, "planId");
        required(sessionId, "sessionId");
        required(kind, "kind");
        required(startsAt, "startsAt");
        SessionChecks.duration(durationMinutes);
        required(clinician, "clinicianId");
        required(participants, "participantIds");
        if (participants.isEmpty()) {
            throw new InvalidCommandException("participantIds", "a session has at least one participant");
        }
        if (kind == SessionKind.INDIVIDUAL && participants.size() != 1) {
            throw new InvalidCommandException("participantIds", "an INDIVIDUAL session has exactly one participant");
        }
        distinct(participants, "participantIds");
        participants = List.copyOf(participants);
        required(locationMode, "locationMode");
    }
}
