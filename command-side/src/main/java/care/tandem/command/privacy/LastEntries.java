package care.tandem.command.privacy;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.plan.MemberAdded;
import care.tandem.events.plan.TreatmentPlanOpened;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * When a person's record last changed: the newest event of every plan they were ever a member of and of their own
 * consent stream. Their key seals text in all of these, so all of them must be past retention before it goes.
 */
@Component
public class LastEntries {

    private final JdbcTemplate jdbc;

    LastEntries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Instant> of(ParticipantId person) {
        String last = jdbc.queryForObject("""
                select max(timestamp) from domainevententry where aggregateidentifier = ?
                   or aggregateidentifier in (select aggregateidentifier from domainevententry
                       where payloadtype in (?, ?) and position(? in convert_from(payload, 'UTF8')) > 0)""",
                String.class, "consents/" + person.value(), TreatmentPlanOpened.class.getName(),
                MemberAdded.class.getName(), "\"participantId\":\"" + person.value() + "\"");
        return Optional.ofNullable(last).map(Instant::parse);
    }
}
