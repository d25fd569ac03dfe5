package care.tandem.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

/**
 * Settles what the API can settle from a request's envelope before anything runs: the body's media type and size,
 * and, for a request that changes something, whether its answer can be sent at all. A command is applied only if
 * the client will hear that it was: a POST that accepts no JSON answer is refused with 406 before it runs, not
 * answered 406 after its events were stored.
 * <ul>
 *     <li>{@code Content-Type}, when sent, must be a valid, concrete media type; a POST must send JSON
 *     ({@code application/json} or {@code application/*+json}) in UTF-8. Else 415.</li>
 *     <li>{@code Accept} of such a request, when sent, must admit {@code application/json}; else 406 (400 when it
 *     is no list of media types).</li>
 *     <li>The body is read here, at most {@code maxBodyBytes}; a longer one is 413, without reading it further.</li>
 *     <li>An error answered without a body (actuator does that) gets the problem of its status.</li>
 * </ul>
 * Beyond {@code /api/} only the first and the last rule hold: the dashboard, OpenAPI and actuator serve their own media
 * types.
 */
public class RequestEnvelopeFilter extends OncePerRequestFilter {

    private static final MediaType JSON_SUBTYPES = new MediaType("application", "*+json");

    private final int maxBodyBytes;

    public RequestEnvelopeFilter(int maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        // The APIs change things by POST only; any other method with a body is Spring MVC's 405.
        boolean changes = api && "POST".equals(request.getMethod());
        Optional<ProblemDetail> refusal = contentTypeRefusal(request.getContentType(), changes);
        if (refusal.isEmpty() && changes) {
            refusal = acceptRefusal(request.getHeaders(HttpHeaders.ACCEPT));
        }
        if (refusal.isPresent()) {
            Problems.write(response, refusal.get());
            return;
        }
        HttpServletRequest admitted = request;
        if (changes) {
            byte[] body = boundedBody(request);
            if (body == null) {
                Problems.write(response, Problems.forStatus(HttpStatus.PAYLOAD_TOO_LARGE,
                        "The request body is over " + maxBodyBytes + " bytes"));
                return;
            }
            admitted = new CachedBodyRequest(request, body);
        }
        BodyTrackingResponse tracked = new BodyTrackingResponse(response);
        chain.doFilter(admitted, tracked);
        if (tracked.isBodilessError() && !"HEAD".equals(request.getMethod())) {
            Problems.write(response, Problems.forStatus(HttpStatusCode.valueOf(tracked.getStatus()),
                    "The request was refused"));
        }
    }

    private static Optional<ProblemDetail> contentTypeRefusal(String header, boolean changes) {
        if (header == null) {
            return Optional.empty();
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(header);
        } catch (InvalidMediaTypeException e) {
            return Optional.of(unsupported("Content-Type is not a valid media type"));
        }
        if (!type.isConcrete()) {
            return Optional.of(unsupported("Content-Type must name one media type, not a wildcard"));
        }
        if (!changes) {
            return Optional.empty();
        }
        if (!MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type) && !JSON_SUBTYPES.includes(type)) {
            return Optional.of(unsupported("Content-Type must be application/json"));
        }
        if (!isUtf8(type)) {
            return Optional.of(unsupported("JSON bodies are UTF-8: Content-Type's charset must be UTF-8 or absent"));
        }
        return Optional.empty();
    }

    private static boolean isUtf8(MediaType type) {
        String charset = type.getParameter("charset");
        if (charset == null) {
            return true;
        }
        try {
            return Charset.forName(charset.replace("\"", "")).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ProblemDetail unsupported(String detail) {
        ProblemDetail problem = Problems.forStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail);
        problem.setProperty("field", HttpHeaders.CONTENT_TYPE);
        return problem;
    }

    private static Optional<ProblemDetail> acceptRefusal(Enumeration<String> headers) {
        List<MediaType> accepted;
        try {
            accepted = Collections.list(headers).stream()
                    .flatMap(header -> MediaType.parseMediaTypes(header).stream()).toList();
        } catch (InvalidMediaTypeException e) {
            return Optional.of(Problems.invalidField(HttpHeaders.ACCEPT, "is not a valid list of media types"));
        }
        if (accepted.isEmpty() || accepted.stream()
                .anyMatch(type -> type.getQualityValue() > 0 && type.isCompatibleWith(MediaType.APPLICATION_JSON))) {
            return Optional.empty();
        }
        ProblemDetail problem = Problems.forStatus(HttpStatus.NOT_ACCEPTABLE,
                "This request answers application/json (errors application/problem+json); Accept admits neither, "
                        + "so it was not run");
        problem.setProperty("field", HttpHeaders.ACCEPT);
        return Optional.of(problem);
    }

    /** The whole body, or null when it is longer than allowed. */
    private byte[] boundedBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            return body.length > maxBodyBytes ? null : body;
        }
    }
}
