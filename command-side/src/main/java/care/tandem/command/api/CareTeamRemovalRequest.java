package care.tandem.command.api;

import care.tandem.events.plan.CareTeamLeaveReason;
import jakarta.validation.constraints.NotNull;

public record CareTeamRemovalRequest(@NotNull CareTeamLeaveReason reason) {
}
