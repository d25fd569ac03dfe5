package care.tandem.access.audit;

import jakarta.servlet.http.HttpServletRequest;

/** Which finished requests a service writes to the access audit. */
@FunctionalInterface
public interface AuditScope {

    boolean audits(HttpServletRequest request, int status);

    /** Refusals only: for a service whose successful requests are recorded elsewhere (the event store). */
    static AuditScope refusals() {
        return (request, status) -> status == 401 || status == 403;
    }
}
