package care.tandem.command.config;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.springframework.stereotype.Component;

import java.sql.SQLException;

/**
 * Recognises PostgreSQL's unique_violation (SQLSTATE 23505) anywhere in the cause chain, including a
 * batch's next exception. Axon's default resolver matches vendor error codes, which PostgreSQL leaves at 0,
 * so a concurrent append or a reused plan id would otherwise surface as a generic store failure (500)
 * instead of a conflict (409).
 */
@Component
class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUniqueViolation(SQLException exception) {
        for (SQLException next = exception; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
