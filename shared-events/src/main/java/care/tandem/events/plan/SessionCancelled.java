package care.tandem.events.plan;

import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A scheduled session was cancelled, with the reason. */
@Revision("1")
public record SessionCancelled(
        PlanId planId,
        SessionId sessionId,
        CancellationReason reason,
        Instant cancelledAt) {
}
