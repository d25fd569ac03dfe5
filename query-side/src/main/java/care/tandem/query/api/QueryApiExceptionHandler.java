package care.tandem.query.api;

import care.tandem.edge.Problems;
import care.tandem.edge.TandemProblemHandler;
import care.tandem.query.access.NotOnCareTeamException;
import care.tandem.query.access.NotOwnRecordException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.HandlerMapping;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Renders every error of the query API as {@code application/problem+json}. Spring's default text for a malformed
 * parameter repeats the rejected value, which may be free text a person typed; this problem names only the parameter
 * and the rule. For the same reason a problem's {@code instance} is the path template that matched (e.g.
 * {@code /api/clinicians/{clinicianId}/schedule}), never the path as requested.
 */
@RestControllerAdvice
class QueryApiExceptionHandler extends TandemProblemHandler {

    static final URI MALFORMED_PARAMETER = URI.create("https://tandem.care/problems/malformed-parameter");

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String parameter = ex.getPropertyName();
        String rule = rule(ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "'" + parameter + "' is malformed: " + rule);
        problem.setType(MALFORMED_PARAMETER);
        problem.setTitle("Malformed request parameter");
        problem.setProperty("parameter", parameter);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /**
     * The typed ids reject a value with an IllegalArgumentException that states the rule without the value; a
     * conversion of Spring's own (a boolean, a number) quotes the value, so only the expected type is named.
     */
    private static String rule(TypeMismatchException ex) {
        Class<?> required = ex.getRequiredType();
        if (required != null && required.getName().startsWith("care.tandem.")) {
            return NestedExceptionUtils.getMostSpecificCause(ex).getMessage();
        }
        if (required == Boolean.class || required == boolean.class) {
            return "must be true or false";
        }
        if (required != null && (Number.class.isAssignableFrom(required) || required.isPrimitive())) {
            return "must be a whole number";
        }
        return "must be a " + (required == null ? "valid value" : required.getSimpleName());
    }

    @ExceptionHandler(NotOwnRecordException.class)
    ProblemDetail notOwnRecord(NotOwnRecordException e) {
        return Problems.problem(HttpStatus.FORBIDDEN, "not-own-record", "Not your own record", e.getMessage());
    }

    @ExceptionHandler(NotOnCareTeamException.class)
    ProblemDetail notOnCareTeam(NotOnCareTeamException e) {
        return Problems.problem(HttpStatus.FORBIDDEN, "not-on-care-team", "Not on the care team", e.getMessage());
    }

    @Override
    protected String unexpectedDetail(String incident) {
        return "The query failed; report incident " + incident;
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            Object template = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE,
                                                   RequestAttributes.SCOPE_REQUEST);
            problem.setInstance(template instanceof String path ? templateUri(path) : URI.create("about:blank"));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    /** The template's braces are no URI characters: they are percent-encoded. */
    private static URI templateUri(String template) {
        try {
            return new URI(null, null, template, null);
        } catch (URISyntaxException e) {
            return URI.create("about:blank");
        }
    }
}
