package care.tandem.command.privacy;

import care.tandem.events.id.ParticipantId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * A unit's own text (a shared goal, an aftercare referral) is sealed with its plan's key, which belongs to no one
 * member: it goes once every member the plan ever had is shredded, so the last shredding leaves nothing of the couple
 * or family readable. Read in the shredding's transaction, which has already destroyed the person's own key.
 */
@Component
class UnitKeys {

    private final PlanMemberships memberships;
    private final JdbcTemplate jdbc;

    UnitKeys(PlanMemberships memberships, JdbcTemplate jdbc) {
        this.memberships = memberships;
        this.jdbc = jdbc;
    }

    /** The plans the person was ever a member of whose every member's key is now destroyed. */
    List<String> ofPlansNoMemberIsLeftIn(ParticipantId person) {
        return memberships.plansOf(person).stream().filter(this::everyMemberShredded).toList();
    }

    private boolean everyMemberShredded(String planId) {
        Set<String> members = memberships.membersOf(planId);
        int shredded = jdbc.queryForObject("select count(*) from person_keys where subject = any (?) "
                + "and shredded_at is not null", Integer.class, (Object) members.toArray(String[]::new));
        return !members.isEmpty() && shredded == members.size();
    }
}
