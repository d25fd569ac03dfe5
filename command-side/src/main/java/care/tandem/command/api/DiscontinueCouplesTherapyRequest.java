package care.tandem.command.api;

import care.tandem.events.plan.DiscontinuationReason;

public record DiscontinueCouplesTherapyRequest(DiscontinuationReason reason) {
}
