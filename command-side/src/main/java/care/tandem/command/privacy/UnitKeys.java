package care.tandem.command.privacy;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.plan.MemberAdded;
import care.tandem.events.plan.TreatmentPlanOpened;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit's own text (a shared goal, an aftercare referral) is sealed with its plan's key, which belongs to no one
 * member: it goes once every member the plan ever had is shredded, so the last shredding leaves nothing of the couple
 * or family readable. Read in the shredding's transaction, which has already destroyed the person's own key.
 */
@Component
class UnitKeys {

    /** A member's id as TreatmentPlanOpened and MemberAdded store it (ids stay plain; their text is sealed). */
    private static final Pattern MEMBER = Pattern.compile("\"participantId\":\"([A-Za-z0-9._-]{1,64})\"");

    private final JdbcTemplate jdbc;

    UnitKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The plans the person was ever a member of whose every member's key is now destroyed. */
    List<String> ofPlansNoMemberIsLeftIn(ParticipantId person) {
        return jdbc.queryForList("""
                select distinct aggregateidentifier from domainevententry
                 where payloadtype in (?, ?) and position(? in convert_from(payload, 'UTF8')) > 0""",
                String.class, TreatmentPlanOpened.class.getName(), MemberAdded.class.getName(),
                "\"participantId\":\"" + person.value() + "\"").stream()
                .filter(this::everyMemberShredded).toList();
    }

    private boolean everyMemberShredded(String planId) {
        Set<String> members = new TreeSet<>();
        jdbc.queryForList("select payload from domainevententry "
                        + "where aggregateidentifier = ? and payloadtype in (?, ?)", byte[].class, planId,
                        TreatmentPlanOpened.class.getName(), MemberAdded.class.getName())
                .forEach(payload -> {
                    Matcher member = MEMBER.matcher(new String(payload, StandardCharsets.UTF_8));
                    while (member.find()) {
                        members.add(member.group(1));
                    }
                });
        Integer shredded = jdbc.queryForObject("select count(*) from person_keys where subject = any (?) "
                + "and shredded_at is not null", Integer.class, (Object) members.toArray(String[]::new));
        return !members.isEmpty() && shredded != null && shredded == members.size();
    }
}
