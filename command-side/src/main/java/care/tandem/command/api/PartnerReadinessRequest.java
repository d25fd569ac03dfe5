package care.tandem.command.api;

import care.tandem.events.plan.Readiness;

public record PartnerReadinessRequest(String participantId, Readiness readiness) {
}
