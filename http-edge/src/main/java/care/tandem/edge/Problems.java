package care.tandem.edge;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * Tandem's problem types ({@code https://tandem.care/problems/<name>}) and the one way to write a problem where no
 * MVC handler is at work (a filter, the container's error report). Details name fields, headers and rules, never a
 * value a person typed.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://tandem.care/problems/";
    public static final String MALFORMED_REQUEST = "malformed-request";
    public static final String INVALID_FIELD = "invalid-field";
    public static final String INTERNAL_ERROR = "internal-error";

    /** The type of an error that no handler named more precisely, by status. */
    private static final Map<Integer, String> TYPES_BY_STATUS = Map.of(
            400, MALFORMED_REQUEST,
            404, "not-found",
            405, "method-not-allowed",
            406, "not-acceptable",
            413, "payload-too-large",
            415, "unsupported-media-type",
            500, INTERNAL_ERROR,
            503, "service-unavailable");

    /** Writes a problem as Spring MVC does (its mixin: the properties at the top level, nulls left out). */
    private static final ObjectMapper JSON = new ObjectMapper()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatusCode status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    /** A 400 naming the field (a JSON path, a header or a parameter) and the rule it broke. */
    public static ProblemDetail invalidField(String field, String rule) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID_FIELD, "Invalid field", field + ": " + rule);
        problem.setProperty("field", field);
        problem.setProperty("rule", rule);
        return problem;
    }

    /** A problem of the status's own type, for errors that carry no rule of Tandem's. */
    public static ProblemDetail forStatus(HttpStatusCode status, String detail) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String title = known != null ? known.getReasonPhrase() : "Error";
        return problem(status, typeFor(status), title, detail);
    }

    /** Gives a problem still of type {@code about:blank} (Spring's default) the Tandem type of its status. */
    public static ProblemDetail withTandemType(ProblemDetail problem) {
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(URI.create(TYPE_BASE + typeFor(HttpStatusCode.valueOf(problem.getStatus()))));
        }
        return problem;
    }

    private static String typeFor(HttpStatusCode status) {
        String type = TYPES_BY_STATUS.get(status.value());
        if (type != null) {
            return type;
        }
        return status.is5xxServerError() ? INTERNAL_ERROR : "request-refused";
    }

    /** Writes the problem as the whole answer, whatever the request accepts (RFC 9110 allows it for errors). */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        byte[] body = json(problem);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    static byte[] json(ProblemDetail problem) throws IOException {
        return JSON.writeValueAsBytes(problem);
    }
}
