package care.tandem.command.plan;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.plan.Member;

import java.util.List;

import static care.tandem.command.plan.CommandChecks.distinct;
import static care.tandem.command.plan.CommandChecks.required;
import static care.tandem.command.plan.CommandChecks.requiredText;

/** The shape of a member, wherever a command names one. */
final class MemberChecks {

    static final int MAX_DISPLAY_NAME_LENGTH = 100;

    private MemberChecks() {
    }

    static Member valid(Member member, String field) {
        required(member, field);
        required(member.participantId(), field + ".participantId");
        String displayName = requiredText(member.displayName(), field + ".displayName", MAX_DISPLAY_NAME_LENGTH);
        required(member.role(), field + ".role");
        List<ParticipantId> guardians =
                member.guardians() == null ? List.of() : List.copyOf(member.guardians());
        distinct(guardians, field + ".guardians");
        if (member.minor() && guardians.isEmpty()) {
            throw new InvalidCommandException(field + ".guardians", "a minor needs at least one guardian");
        }
        if (!member.minor() && !guardians.isEmpty()) {
            throw new InvalidCommandException(field + ".guardians", "only minors have guardians on record");
        }
        if (guardians.contains(member.participantId())) {
            throw new InvalidCommandException(field + ".guardians", "a member cannot be their own guardian");
        }
        return new Member(member.participantId(), displayName, member.role(), member.minor(), guardians);
    }
}
