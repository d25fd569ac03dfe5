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
 * Who was ever a member of which plan, read from the events that make members (TreatmentPlanOpened, MemberAdded) as
 * stored: ids stay plain there, only their text is sealed. Asked only when a person is shredded, so it reads the store
 * rather than keep a membership table of its own.
 */
@Component
class PlanMemberships {

    private static final List<String> MEMBER_EVENTS = List.of(TreatmentPlanOpened.class.getName(),
            MemberAdded.class.getName());
    private static final Pattern MEMBER = Pattern.compile("\"participantId\":\"([A-Za-z0-9._-]{1,64})\"");

    private final JdbcTemplate jdbc;

    PlanMemberships(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every plan the person was ever a member of. */
    List<String> plansOf(ParticipantId person) {
        return jdbc.queryForList("""
                select distinct aggregateidentifier from domainevententry
                 where payloadtype in (?, ?) and position(? in convert_from(payload, 'UTF8')) > 0""",
                String.class, MEMBER_EVENTS.get(0), MEMBER_EVENTS.get(1),
                "\"participantId\":\"" + person.value() + "\"");
    }

    /** Every member the plan ever had. */
    Set<String> membersOf(String planId) {
        Set<String> members = new TreeSet<>();
        jdbc.queryForList("select payload from domainevententry "
                        + "where aggregateidentifier = ? and payloadtype in (?, ?)", byte[].class, planId,
                        MEMBER_EVENTS.get(0), MEMBER_EVENTS.get(1))
                .forEach(payload -> {
                    Matcher member = MEMBER.matcher(new String(payload, StandardCharsets.UTF_8));
                    while (member.find()) {
                        members.add(member.group(1));
                    }
                });
        return members;
    }
}
