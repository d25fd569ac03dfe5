package care.tandem.access.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** What compliance staff ask of the access audit: any of plan, person, user (subject) and outcome, within a time range. */
public record AccessQuery(String planId, String personId, String subject, AccessOutcome outcome, Instant from,
                          Instant to) {

    String where(List<Object> arguments) {
        StringBuilder where = new StringBuilder(" where occurred_at >= ? and occurred_at < ?");
        arguments.add(Timestamp.from(from));
        arguments.add(Timestamp.from(to));
        if (planId != null) {
            where.append(" and plan_id = ?");
            arguments.add(planId);
        }
        if (personId != null) {
            where.append(" and person_ids @> array[?]::text[]");
            arguments.add(personId);
        }
        if (subject != null) {
            where.append(" and subject = ?");
            arguments.add(subject);
        }
        if (outcome != null) {
            where.append(" and outcome = ?");
            arguments.add(outcome.name());
        }
        return where.toString();
    }
}
