package care.tandem.command.api;

import care.tandem.events.plan.CancellationReason;

public record CancelSessionRequest(CancellationReason reason) {
}
