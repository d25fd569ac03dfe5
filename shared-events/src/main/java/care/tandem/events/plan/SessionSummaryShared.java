package care.tandem.events.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.DisclosureId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * The summary of a joint session was given to the partner who missed it: each part about another person is a
 * disclosure under that person's consent, recorded in their own consent stream in the same transaction.
 */
@Revision("1")
public record SessionSummaryShared(
        PlanId planId,
        SessionId sessionId,
        ParticipantId recipient,
        List<DisclosureId> disclosures,
        ClinicianId sharedBy,
        Instant sharedAt) {
}
