package care.tandem.command.api;

import care.tandem.events.plan.CareTeamJoinReason;
import jakarta.validation.constraints.NotNull;

public record CareTeamMemberRequest(@NotNull String clinicianId, @NotNull CareTeamJoinReason reason) {
}
