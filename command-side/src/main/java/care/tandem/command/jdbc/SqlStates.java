package care.tandem.command.jdbc;

import java.sql.SQLException;

/**
 * PostgreSQL reports what went wrong as an SQLSTATE, somewhere down a cause chain that Spring, Axon and the
 * driver's batch exceptions each wrap differently. One walk of that chain for every caller.
 */
public final class SqlStates {

    public static final String UNIQUE_VIOLATION = "23505";
    public static final String EXCLUSION_VIOLATION = "23P01";
    public static final String LOCK_NOT_AVAILABLE = "55P03";

    private SqlStates() {
    }

    /** Whether any SQLException in the cause chain, or in a batch's next exceptions, carries the state. */
    public static boolean hasState(Throwable failure, String sqlState) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (sqlState.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
