package care.tandem.query.operations;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Marks every answer of the query API while a read model's answers are stale: behind the feed for more than a few
 * seconds, stalled, or holding parked events. {@value #NAME} names each such read model and how far behind it is; the
 * dashboard shows it as a banner.
 */
class StaleAnswersHeader implements HandlerInterceptor {

    static final String NAME = "Tandem-Read-Models-Stale";

    private final ReadModelHealth health;

    StaleAnswersHeader(ReadModelHealth health) {
        this.health = health;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        health.staleness().ifPresent(stale -> response.setHeader(NAME, stale));
        return true;
    }
}
