package care.tandem.access.audit;

import care.tandem.access.Caller;
import care.tandem.access.IdRule;
import care.tandem.edge.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes each request in the service's {@link AuditScope} to the access audit before its answer leaves: the answer
 * is held back until the record is committed, and if it cannot be, the caller gets 503 and none of the data. It
 * runs around Spring Security, so refusals are recorded as well as reads.
 */
public class AccessAuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccessAuditFilter.class);
    static final String CORRELATION_HEADER = "X-Correlation-Id";
    private static final Pattern CORRELATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Pattern PLAN_IN_PATH = Pattern.compile("^/api/(?:compliance/)?treatment-plans/([^/]+)(?:/.*)?$");

    private final String service;
    private final AccessAuditLog auditLog;
    private final AuditScope scope;
    private final ObjectProvider<RecordSubjects> subjects;
    private final IdRule ids;
    private final Clock clock;

    public AccessAuditFilter(String service, AccessAuditLog auditLog, AuditScope scope,
                             ObjectProvider<RecordSubjects> subjects, IdRule ids, Clock clock) {
        this.service = service;
        this.auditLog = auditLog;
        this.scope = scope;
        this.subjects = subjects;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        PurposeOfUse statedPurpose;
        try {
            statedPurpose = stated(request, PurposeOfUse.HEADER, PurposeOfUse.class);
            stated(request, BreakTheGlassReason.HEADER, BreakTheGlassReason.class);
        } catch (IllegalArgumentException invalid) {
            Problems.write(response, Problems.invalidField(invalid.getMessage(), "must be one of "
                    + (invalid.getMessage().equals(PurposeOfUse.HEADER)
                    ? Arrays.toString(PurposeOfUse.values()) : Arrays.toString(BreakTheGlassReason.values()))));
            return;
        }
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, held);
        int status = held.getStatus();
        if (!scope.audits(request, status)) {
            held.copyBodyToResponse();
            return;
        }
        try {
            auditLog.append(recordOf(request, held, status, statedPurpose));
        } catch (RuntimeException failure) {
            log.error("Access audit write failed ({}); the answer was withheld", failure.getClass().getSimpleName());
            held.resetBuffer();
            Problems.write(response, Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "access-audit-unavailable",
                    "Access audit unavailable", "the access could not be recorded, so nothing was disclosed; "
                            + "try again shortly"));
            return;
        }
        held.copyBodyToResponse();
    }

    private AccessRecord recordOf(HttpServletRequest request, HttpServletResponse response, int status,
                                  PurposeOfUse statedPurpose) {
        Caller caller = (Caller) request.getAttribute(Caller.REQUEST_ATTRIBUTE);
        BreakTheGlassReason glass = (BreakTheGlassReason) request.getAttribute(AccessAttributes.BREAK_THE_GLASS);
        Map<?, ?> variables = (Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String planId = planOf(request, variables);
        String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String endpoint = pattern != null ? pattern : request.getRequestURI();
        return new AccessRecord(0, clock.instant(), service,
                caller == null ? null : caller.subject(),
                caller == null ? null : caller.roles().stream().map(role -> role.claimValue()).sorted()
                        .collect(Collectors.joining(" ")),
                caller == null ? null : caller.clientId(),
                statedPurpose != null ? statedPurpose : PurposeOfUse.defaultFor(caller),
                request.getMethod(), endpoint.length() > 300 ? endpoint.substring(0, 300) : endpoint,
                planId, personsOf(request, planId, variables), AccessOutcome.of(status, glass != null), status,
                status < 400 ? glass : null, correlationId(request, response));
    }

    private String planOf(HttpServletRequest request, Map<?, ?> variables) {
        Object variable = variables == null ? null : variables.get("planId");
        if (variable instanceof String planId && ids.accepts(planId)) {
            return planId;
        }
        Matcher inPath = PLAN_IN_PATH.matcher(request.getRequestURI());
        return inPath.matches() && ids.accepts(inPath.group(1)) ? inPath.group(1) : null;
    }

    private List<String> personsOf(HttpServletRequest request, String planId, Map<?, ?> variables) {
        if (request.getAttribute(AccessAttributes.PERSONS) instanceof List<?> covered) {
            return covered.stream().map(String.class::cast).toList();
        }
        Object participant = variables == null ? null : variables.get("participantId");
        if (participant instanceof String participantId && ids.accepts(participantId)) {
            return List.of(participantId);
        }
        RecordSubjects lookup = subjects.getIfAvailable();
        if (planId == null || lookup == null) {
            return List.of();
        }
        Set<String> persons = new LinkedHashSet<>(lookup.personsOf(planId));
        return List.copyOf(persons);
    }

    private static String correlationId(HttpServletRequest request, HttpServletResponse response) {
        String answered = response.getHeader(CORRELATION_HEADER);
        if (answered != null) {
            return answered;
        }
        String sent = request.getHeader(CORRELATION_HEADER);
        String id = sent != null && CORRELATION_ID.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        response.setHeader(CORRELATION_HEADER, id);
        return id;
    }

    private static <E extends Enum<E>> E stated(HttpServletRequest request, String header, Class<E> type) {
        String value = request.getHeader(header);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(header);
        }
    }
}
