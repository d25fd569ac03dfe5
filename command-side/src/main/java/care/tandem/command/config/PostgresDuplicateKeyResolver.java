package care.tandem.command.config;

import care.tandem.command.jdbc.SqlStates;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.springframework.stereotype.Component;

/**
 * Recognises PostgreSQL's unique_violation (SQLSTATE 23505) anywhere in the cause chain, including a
 * batch's next exception. Axon's default resolver matches vendor error codes, which PostgreSQL leaves at 0,
 * so a concurrent append or a reused plan id would otherwise surface as a generic store failure (500)
 * instead of a conflict (409).
 */
@Component
class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        return SqlStates.hasState(exception, SqlStates.UNIQUE_VIOLATION);
    }
}
