package care.tandem.events.plan;

import care.tandem.events.id.ParticipantId;

public record PartnerReadiness(
        ParticipantId participantId,
        Readiness readiness) {
}
