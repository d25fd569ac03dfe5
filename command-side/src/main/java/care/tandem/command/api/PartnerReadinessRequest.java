package care.tandem.command.api;

import care.tandem.events.plan.Readiness;
import jakarta.validation.constraints.NotNull;

public record PartnerReadinessRequest(@NotNull String participantId, @NotNull Readiness readiness) {
}
