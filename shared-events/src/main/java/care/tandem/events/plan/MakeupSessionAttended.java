package care.tandem.events.plan;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The absent partner attended the makeup session for a missed joint session. */
@Revision("1")
public record MakeupSessionAttended(
        PlanId planId,
        SessionId missedSessionId,
        SessionId makeupSessionId,
        ParticipantId absentPartner,
        Instant attendedAt) {
}
