package care.tandem.access.audit;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.Array;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The access audit in PostgreSQL (schema {@code access_audit}). {@link #append} returns once the row is committed,
 * so a caller that answers only after it never discloses what the audit does not hold. There is no update or
 * delete here, and the table's triggers refuse them from anywhere else.
 */
public class AccessAuditLog implements AutoCloseable {

    private static final String COLUMNS = "id, occurred_at, service, subject, roles, client_id, purpose, method, "
            + "endpoint, plan_id, person_ids, outcome, status, break_the_glass_reason, correlation_id";

    private final HikariDataSource dataSource;
    private final JdbcTemplate jdbc;

    public AccessAuditLog(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public void close() {
        dataSource.close();
    }

    public void append(AccessRecord record) {
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("insert into access_audit.access_record (occurred_at, service, "
                    + "subject, roles, client_id, purpose, method, endpoint, plan_id, person_ids, outcome, status, "
                    + "break_the_glass_reason, correlation_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            insert.setTimestamp(1, Timestamp.from(record.occurredAt()));
            insert.setString(2, record.service());
            insert.setString(3, record.subject());
            insert.setString(4, record.roles());
            insert.setString(5, record.clientId());
            insert.setString(6, record.purpose().name());
            insert.setString(7, record.method());
            insert.setString(8, record.endpoint());
            insert.setString(9, record.planId());
            insert.setArray(10, connection.createArrayOf("text", record.personIds().toArray()));
            insert.setString(11, record.outcome().name());
            insert.setInt(12, record.status());
            insert.setString(13, record.breakTheGlassReason() == null ? null : record.breakTheGlassReason().name());
            insert.setString(14, record.correlationId());
            return insert;
        });
    }

    /** The records matching every criterion given, oldest first. */
    public List<AccessRecord> find(AccessQuery query, long offset, int limit) {
        List<Object> arguments = new ArrayList<>();
        String where = query.where(arguments);
        arguments.add(limit);
        arguments.add(offset);
        return jdbc.query("select " + COLUMNS + " from access_audit.access_record" + where
                + " order by occurred_at, id limit ? offset ?", ROW, arguments.toArray());
    }

    public long count(AccessQuery query) {
        List<Object> arguments = new ArrayList<>();
        String where = query.where(arguments);
        Long count = jdbc.queryForObject("select count(*) from access_audit.access_record" + where, Long.class,
                arguments.toArray());
        return count == null ? 0 : count;
    }

    private static final RowMapper<AccessRecord> ROW = (row, number) -> {
        Array persons = row.getArray("person_ids");
        String reason = row.getString("break_the_glass_reason");
        return new AccessRecord(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(),
                row.getString("service"), row.getString("subject"), row.getString("roles"),
                row.getString("client_id"), PurposeOfUse.valueOf(row.getString("purpose")), row.getString("method"),
                row.getString("endpoint"), row.getString("plan_id"),
                persons == null ? List.of() : Arrays.stream((Object[]) persons.getArray()).map(String::valueOf).toList(),
                AccessOutcome.valueOf(row.getString("outcome")), row.getInt("status"),
                reason == null ? null : BreakTheGlassReason.valueOf(reason), row.getString("correlation_id"));
    };
}
