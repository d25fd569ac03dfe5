package care.tandem.command.privacy;

import care.tandem.events.id.ParticipantId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a person's record last changed: the newest event of every plan they were ever a member of and of their own
 * consent stream. Their key seals text in all of these, so all of them must be past retention before it goes.
 */
@Component
public class LastEntries {

    private final PlanMemberships memberships;
    private final JdbcTemplate jdbc;

    LastEntries(PlanMemberships memberships, JdbcTemplate jdbc) {
        this.memberships = memberships;
        this.jdbc = jdbc;
    }

    public Optional<Instant> of(ParticipantId person) {
        List<String> records = new ArrayList<>(memberships.plansOf(person));
        records.add("consents/" + person.value());
        String last = jdbc.queryForObject("select max(timestamp) from domainevententry where aggregateidentifier "
                + "= any (?)", String.class, (Object) records.toArray(String[]::new));
        return Optional.ofNullable(last).map(Instant::parse);
    }
}
