package care.tandem.access;

import care.tandem.edge.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.io.IOException;
import java.util.List;

/**
 * Spring Security's refusals as Tandem problems: 401 {@code unauthenticated} with the {@code WWW-Authenticate}
 * challenge of RFC 6750, 403 {@code forbidden}, and the firewall's rejections (a method no endpoint takes, an encoded
 * slash or a control character in the path) as 405 or 400. The detail says what is missing, never what the token or
 * the request held.
 */
public final class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler,
        RequestRejectedHandler {

    public static final String UNAUTHENTICATED = "unauthenticated";
    public static final String FORBIDDEN = "forbidden";
    /** The methods any endpoint of Tandem takes; others the firewall rejects before any rule is read. */
    private static final List<String> API_METHODS = List.of("GET", "HEAD", "POST", "OPTIONS");

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        boolean tokenSent = failure instanceof InvalidBearerTokenException
                || request.getHeader("Authorization") != null;
        response.setHeader("WWW-Authenticate", tokenSent
                ? "Bearer error=\"invalid_token\", error_description=\"The token is invalid, expired or not issued "
                + "for Tandem\"" : "Bearer");
        Problems.write(response, Problems.problem(HttpStatus.UNAUTHORIZED, UNAUTHENTICATED, "Authentication required",
                tokenSent ? "the bearer token is invalid, expired, from another issuer or not for this audience"
                        : "a bearer token from the clinic's identity provider is required"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        Problems.write(response, forbidden("your role or scope does not allow this request"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        if (!API_METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", String.join(", ", API_METHODS));
            Problems.write(response, Problems.forStatus(HttpStatus.METHOD_NOT_ALLOWED,
                    "Tandem's endpoints take " + String.join(", ", API_METHODS) + " only"));
            return;
        }
        Problems.write(response, Problems.problem(HttpStatus.BAD_REQUEST, Problems.MALFORMED_REQUEST,
                "Malformed request", "the request's path or headers hold characters no endpoint accepts"));
    }

    public static ProblemDetail forbidden(String detail) {
        return Problems.problem(HttpStatus.FORBIDDEN, FORBIDDEN, "Forbidden", detail);
    }
}
