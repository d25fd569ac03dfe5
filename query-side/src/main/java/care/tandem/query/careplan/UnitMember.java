package care.tandem.query.careplan;

import care.tandem.events.plan.Member;
import care.tandem.events.plan.MemberRole;

import java.time.Instant;
import java.util.List;

/**
 * A member of the treatment unit as the plan records them: {@code guardians} are the participant ids of a minor's
 * guardians; {@code leftAt} is null while they are in the unit. One who left stays, since past sessions name them.
 */
public record UnitMember(
        String participantId,
        String displayName,
        MemberRole role,
        boolean minor,
        List<String> guardians,
        Instant joinedAt,
        Instant leftAt) {

    static UnitMember of(Member member, Instant joinedAt) {
        return new UnitMember(member.participantId().value(), member.displayName(), member.role(), member.minor(),
                member.guardians() == null ? List.of()
                        : member.guardians().stream().map(guardian -> guardian.value()).toList(),
                joinedAt, null);
    }

    UnitMember leaving(Instant at) {
        return new UnitMember(participantId, displayName, role, minor, guardians, joinedAt, at);
    }
}
