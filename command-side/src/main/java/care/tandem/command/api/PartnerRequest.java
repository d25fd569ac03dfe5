package care.tandem.command.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record PartnerRequest(@NotNull String participantId, @NotNull @Size(max = 100) String displayName) {
}
