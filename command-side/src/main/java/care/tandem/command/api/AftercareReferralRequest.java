package care.tandem.command.api;

import care.tandem.events.plan.AftercareKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record AftercareReferralRequest(@NotNull AftercareKind kind, @NotNull @Size(max = 500) String description) {
}
