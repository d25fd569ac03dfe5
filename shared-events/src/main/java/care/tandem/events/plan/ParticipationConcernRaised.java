package care.tandem.events.plan;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A partner's pattern of absence needs the clinician's attention. */
@Revision("1")
public record ParticipationConcernRaised(
        PlanId planId,
        ParticipantId participantId,
        SessionId sessionId,
        ConcernTrigger trigger,
        Instant raisedAt) {
}
