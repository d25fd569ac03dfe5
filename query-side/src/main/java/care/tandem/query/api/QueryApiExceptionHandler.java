package care.tandem.query.api;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;

/**
 * Renders every error of the query API as {@code application/problem+json}. Spring's default text for a malformed
 * parameter repeats the rejected value, which may be free text a person typed; this problem names only the parameter
 * and the rule.
 */
@RestControllerAdvice
class QueryApiExceptionHandler extends ResponseEntityExceptionHandler {

    static final URI MALFORMED_PARAMETER = URI.create("https://tandem.care/problems/malformed-parameter");

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
}
