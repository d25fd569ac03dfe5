package care.tandem.events.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A summary of a joint session was offered to the partner who missed it (sharing it needs the attending partner's consent). */
@Revision("1")
public record SessionSummaryOffered(
        PlanId planId,
        SessionId sessionId,
        ParticipantId absentPartner,
        ClinicianId offeredBy,
        Instant offeredAt) {
}
