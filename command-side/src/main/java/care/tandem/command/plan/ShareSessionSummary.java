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

/**
 * Give the partner who missed a joint session its summary: one part per person it is about, each disclosed only
 * under that person's consent in force now.
 */
public record ShareSessionSummary(
        @TargetAggregateIdentifier PlanId planId,
        SessionId sessionId,
        ParticipantId recipient,
        List<SummaryPart> parts,
        ClinicianId sharedBy,
        Instant sharedAt) implements SessionCommand {

    public ShareSessionSummary {
        required(planId, "planId");
        required(sessionId, "sessionId");
        required(recipient, "recipient");
        required(parts, "parts");
        if (parts.isEmpty()) {
            throw new InvalidCommandException("parts", "must hold at least one part");
        }
        parts = List.copyOf(parts);
        distinct(parts.stream().map(SummaryPart::about).toList(), "parts[].about");
        required(sharedBy, "sharedBy");
        required(sharedAt, "sharedAt");
    }

    @Override
    public SessionId concernedSession() {
        return sessionId;
    }
}
