package care.tandem.command.api;

import care.tandem.events.plan.MemberRole;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A member of a unit; minors name the adult members who are their guardians. */
public record MemberRequest(
        @NotNull String participantId,
        @NotNull @Size(max = 100) String displayName,
        @NotNull MemberRole role,
        Boolean minor,
        @Size(max = 10) List<String> guardianIds) {
}
