package care.tandem.edge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.UUID;

/**
 * The base of each service's exception handler: Spring MVC's own errors (404 unknown path, 405, 406, 415, ...)
 * get a Tandem problem type instead of {@code about:blank}, every problem goes out as
 * {@code application/problem+json} whatever the request accepted, and anything unforeseen is a 500 with an incident
 * id.
 */
public abstract class TandemProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(TandemProblemHandler.class);

    /**
     * Only exception class names are logged: a driver's or a serializer's message can quote a stored payload or a
     * document, which holds PHI.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        String incident = UUID.randomUUID().toString();
        StringBuilder causes = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            causes.append(causes.isEmpty() ? "" : " <- ").append(cause.getClass().getName());
        }
        log.error("Unexpected failure, incident {}: {}", incident, causes);
        ProblemDetail problem = Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL_ERROR,
                "Internal error", unexpectedDetail(incident));
        problem.setProperty("incident", incident);
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    /** What a client is told of an unforeseen failure, besides the incident id. */
    protected abstract String unexpectedDetail(String incident);

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            Problems.withTandemType(problem);
            HttpHeaders problemHeaders = new HttpHeaders();
            problemHeaders.putAll(headers);
            // Preset, so the problem is written as problem+json even to a request that accepts only text/csv.
            problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            headers = problemHeaders;
        }
        return super.createResponseEntity(body, headers, status, request);
    }
}
