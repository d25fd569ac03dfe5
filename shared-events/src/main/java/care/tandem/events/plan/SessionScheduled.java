package care.tandem.events.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** A session of any kind. makeupFor links a makeup session to the joint session it makes up for; convertedFrom links an individual session to the joint session a pause converted. */
@Revision("1")
public record SessionScheduled(
        PlanId planId,
        SessionId sessionId,
        SessionKind kind,
        Instant startsAt,
        int durationMinutes,
        ClinicianId clinician,
        List<ParticipantId> participants,
        LocationMode locationMode,
        SessionId makeupFor,
        SessionId convertedFrom) {
}
