package care.tandem.command.api;

import care.tandem.events.plan.AftercareKind;

public record AftercareReferralRequest(AftercareKind kind, String description) {
}
