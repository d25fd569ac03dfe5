package care.tandem.command.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Times every command from the moment the gateway takes it to the answer leaving, as {@value #TIMER} tagged with the
 * command's type and its outcome. The outcome is read from the HTTP status the answer got, so it always agrees with
 * what the client saw, however the refusal came about. Tags carry types and outcomes only: never an id or a name.
 */
@Component
public class CommandMetrics implements HandlerInterceptor {

    public static final String TIMER = "tandem.commands";
    private static final String SAMPLE = CommandMetrics.class.getName() + ".sample";
    private static final String COMMAND = CommandMetrics.class.getName() + ".command";

    private final MeterRegistry registry;

    CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Called by the gateway for the request it handles; a request replayed from its Idempotency-Key sends none. */
    public void commandStarting(Object command) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(COMMAND, command.getClass().getSimpleName(), RequestAttributes.SCOPE_REQUEST);
            request.setAttribute(SAMPLE, Timer.start(registry), RequestAttributes.SCOPE_REQUEST);
        }
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        if (request.getAttribute(SAMPLE) instanceof Timer.Sample sample
                && request.getAttribute(COMMAND) instanceof String command) {
            sample.stop(Timer.builder(TIMER)
                                .description("Commands from request to answer, by type and outcome")
                                .tag("command", command)
                                .tag("outcome", outcome(response.getStatus()))
                                .publishPercentileHistogram()
                                .register(registry));
        }
    }

    static String outcome(int status) {
        return switch (status) {
            case 200, 201 -> "accepted";
            case 400, 422 -> "invalid";
            case 404 -> "not-found";
            case 409 -> "refused";
            case 412 -> "stale";
            default -> status >= 500 ? "failed" : "other";
        };
    }
}
