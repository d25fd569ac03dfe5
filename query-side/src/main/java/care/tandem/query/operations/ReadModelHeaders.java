package care.tandem.query.operations;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.Set;

/**
 * Tells every client of the query API, on each answer, what its answers may lack. Set before the handler runs, so
 * that they also reach error answers.
 * <ul>
 *     <li>{@value #REBUILDING}: the read models being rebuilt; their answers come from what has been rebuilt so far,
 *     so a plan may be missing (404) or behind for a while.</li>
 *     <li>{@value #STALE}: the read models whose answers are stale (stalled, holding parked events, or behind for
 *     more than a few seconds) and how far; the dashboard shows it as a banner.</li>
 * </ul>
 */
class ReadModelHeaders implements HandlerInterceptor {

    static final String REBUILDING = "Tandem-Read-Models-Rebuilding";
    static final String STALE = "Tandem-Read-Models-Stale";

    private final ReadModelRebuilds rebuilds;
    private final ReadModelHealth health;

    ReadModelHeaders(ReadModelRebuilds rebuilds, ReadModelHealth health) {
        this.rebuilds = rebuilds;
        this.health = health;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Set<String> rebuilding = rebuilds.rebuilding();
        if (!rebuilding.isEmpty()) {
            response.setHeader(REBUILDING, String.join(", ", rebuilding));
        }
        health.staleness().ifPresent(stale -> response.setHeader(STALE, stale));
        return true;
    }
}
