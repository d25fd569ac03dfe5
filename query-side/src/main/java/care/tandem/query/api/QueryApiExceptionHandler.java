package care.tandem.query.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.UUID;

/**
 * Renders every error of the query API as {@code application/problem+json}. Spring's default text for a malformed
 * parameter repeats the rejected value, which may be free text a person typed; this problem names only the parameter
 * and the rule. For the same reason a problem's {@code instance} is the path template that matched (e.g.
 * {@code /api/clinicians/{clinicianId}/schedule}), never the path as requested.
 */
@RestControllerAdvice
class QueryApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(QueryApiExceptionHandler.class);

    static final URI MALFORMED_PARAMETER = URI.create("https://tandem.care/problems/malformed-parameter");
    static final URI INTERNAL_ERROR = URI.create("https://tandem.care/problems/internal-error");

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String parameter = ex.getPropertyName();
        // The typed ids reject a value with an IllegalArgumentException that states the rule without the value.
        String rule = NestedExceptionUtils.getMostSpecificCause(ex).getMessage();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "'" + parameter + "' is malformed: " + rule);
        problem.setType(MALFORMED_PARAMETER);
        problem.setTitle("Malformed request parameter");
        problem.setProperty("parameter", parameter);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /**
     * Anything unforeseen: a 500 with an incident id. Only exception class names are logged: a driver's or a
     * serializer's message can quote a document, which holds PHI.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        String incident = UUID.randomUUID().toString();
        StringBuilder causes = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            causes.append(causes.isEmpty() ? "" : " <- ").append(cause.getClass().getName());
        }
        log.error("Unexpected failure, incident {}: {}", incident, causes);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                                                                 "The query failed; report incident " + incident);
        problem.setType(INTERNAL_ERROR);
        problem.setTitle("Internal error");
        problem.setProperty("incident", incident);
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
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
