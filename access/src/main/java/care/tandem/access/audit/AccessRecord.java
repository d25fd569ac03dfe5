package care.tandem.access.audit;

import java.time.Instant;
import java.util.List;

/**
 * One line of the access audit: who (subject, roles, client), what (service, method, endpoint pattern, plan, the
 * persons the answer covers), when, why (purpose of use, break-the-glass reason), the outcome with its HTTP status,
 * and the correlation id. Ids only: no names, no health information, no query values.
 */
public record AccessRecord(
        long id,
        Instant occurredAt,
        String service,
        String subject,
        String roles,
        String clientId,
        PurposeOfUse purpose,
        String method,
        String endpoint,
        String planId,
        List<String> personIds,
        AccessOutcome outcome,
        int status,
        BreakTheGlassReason breakTheGlassReason,
        String correlationId) {
}
