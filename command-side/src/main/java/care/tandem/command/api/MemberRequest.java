package care.tandem.command.api;

import care.tandem.events.plan.MemberRole;

import java.util.List;

/** A member of a unit; minors name the adult members who are their guardians. */
public record MemberRequest(
        String participantId,
        String displayName,
        MemberRole role,
        Boolean minor,
        List<String> guardianIds) {
}
