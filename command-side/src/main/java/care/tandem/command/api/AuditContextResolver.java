package care.tandem.command.api;

import care.tandem.command.plan.InvalidCommandException;
import care.tandem.events.id.ClinicianId;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Builds the {@link AuditContext} of a request from its headers. The clinician comes from
 * {@value #ACTOR_HEADER} until authentication lands; the correlation id is taken from the caller or made
 * here, and echoed on the response so a clinician's support ticket can be traced to the events. An
 * {@code If-Match} header names the plan version the command expects (see {@link PlanVersions}).
 */
@Component
class AuditContextResolver implements HandlerMethodArgumentResolver {

    static final String ACTOR_HEADER = "X-Clinician-Id";
    static final String CORRELATION_HEADER = "X-Correlation-Id";
    private static final Pattern CORRELATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final Clock clock;

    AuditContextResolver(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(AuditContext.class);
    }

    @Override
    public AuditContext resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                        NativeWebRequest request, WebDataBinderFactory binderFactory) {
        ClinicianId clinician = actor(request.getHeader(ACTOR_HEADER));
        String correlationId = request.getHeader(CORRELATION_HEADER);
        if (correlationId == null) {
            correlationId = UUID.randomUUID().toString();
        } else if (!CORRELATION_ID.matcher(correlationId).matches()) {
            throw new InvalidCommandException(CORRELATION_HEADER,
                    "must be 1-100 characters of letters, digits, '.', '_', ':' or '-'");
        }
        HttpServletResponse response = request.getNativeResponse(HttpServletResponse.class);
        if (response != null) {
            response.setHeader(CORRELATION_HEADER, correlationId);
        }
        Long expectedVersion = PlanVersions.parseIfMatch(request.getHeader(PlanVersions.IF_MATCH_HEADER));
        return new AuditContext(clinician, correlationId, clock.instant(), expectedVersion);
    }

    /** The acting clinician of a request, from the raw {@value #ACTOR_HEADER} header. */
    static ClinicianId actor(String header) {
        if (header == null) {
            throw new InvalidCommandException(ACTOR_HEADER, "header is required: the clinician issuing the command");
        }
        return RequestIds.parse(ACTOR_HEADER, header, ClinicianId::of);
    }
}
