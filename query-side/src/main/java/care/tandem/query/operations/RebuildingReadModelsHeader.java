package care.tandem.query.operations;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.Set;

/**
 * Tells every client of the query API, on each answer, which read models are being rebuilt: their answers come from
 * what has been rebuilt so far, so a plan may be missing (404) or behind for a while. Set before the handler runs,
 * so that it also reaches error answers.
 */
class RebuildingReadModelsHeader implements HandlerInterceptor {

    static final String NAME = "Tandem-Read-Models-Rebuilding";

    private final ReadModelRebuilds rebuilds;

    RebuildingReadModelsHeader(ReadModelRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Set<String> rebuilding = rebuilds.rebuilding();
        if (!rebuilding.isEmpty()) {
            response.setHeader(NAME, String.join(", ", rebuilding));
        }
        return true;
    }
}
