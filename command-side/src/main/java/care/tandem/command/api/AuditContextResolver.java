package care.tandem.command.api;

import care.tandem.access.Caller;
import care.tandem.access.MachineScope;
import care.tandem.access.Role;
import care.tandem.command.delivery.AuditContext;
import care.tandem.command.delivery.PlanVersions;
import care.tandem.command.plan.InvalidCommandException;
import care.tandem.events.id.ClinicianId;
import jakarta.servlet.http.HttpServletRequest;
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
 * Builds the {@link AuditContext} of a request: the actor is the verified caller (the token's subject, never a
 * header), the correlation id is taken from the caller or made here, and echoed on the response so a clinician's support ticket can be traced to the events. An
 * {@code If-Match} header names the plan version the command expects (see {@link PlanVersions}).
 */
@Component
class AuditContextResolver implements HandlerMethodArgumentResolver {

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
        Caller caller = caller(request.getNativeRequest(HttpServletRequest.class));
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
        return new AuditContext(actor(caller), caller.displayName(), caller.clientId(),
                caller.has(MachineScope.PLANS_WRITE), caller.has(Role.CLINICIAN) ? null : caller.participantId(),
                correlationId, clock.instant(), expectedVersion);
    }

    /** The verified caller; Spring Security let no request without one reach a controller. */
    static Caller caller(HttpServletRequest request) {
        Caller caller = request == null ? null : (Caller) request.getAttribute(Caller.REQUEST_ATTRIBUTE);
        if (caller == null) {
            throw new IllegalStateException("a command arrived without a verified caller");
        }
        return caller;
    }

    /** The caller as the actor of a command: their subject, which must be usable as a clinician id. */
    static ClinicianId actor(Caller caller) {
        return RequestIds.parse("token subject", caller.subject(), ClinicianId::of);
    }
}
