package care.tandem.command.api;

import care.tandem.command.config.IdempotencyProperties;
import care.tandem.command.delivery.IdempotencyStore;
import care.tandem.command.delivery.PlanCommandGateway;
import care.tandem.command.plan.InvalidCommandException;
import care.tandem.edge.CachedBodyRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@value #HEADER} on every POST of the command API: a retried request gets the first answer (status, body
 * and the headers in {@link #REPLAYED_HEADERS}, plus {@code Idempotent-Replayed: true}) and nothing is
 * applied twice.
 * <p>
 * One PostgreSQL transaction runs "claim the key, run the request, store the answer"; the command the
 * request sends joins it (see {@link PlanCommandGateway}), so the stored answer and the command's events
 * commit together or not at all. Only 2xx answers are kept: a refused command rolls back, key included,
 * and a retry is evaluated afresh. Keys belong to the actor (the token's subject):
 * another clinician's key of the same spelling is another key. The same key with another method, path or
 * body (compared as a SHA-256 of the bytes; the body itself is never stored) is refused with 422.
 * <p>
 * A second request with a key whose first request is still running waits for it (PostgreSQL's row lock on
 * the claimed key), then answers with the first request's stored answer, or runs itself if the first one
 * failed; after {@code tandem.idempotency.in-flight-wait} it gives up with 409 idempotency-key-in-flight.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final List<String> REPLAYED_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ETAG,
            HttpHeaders.LOCATION, AuditContextResolver.CORRELATION_HEADER);
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final IdempotencyStore store;
    private final TransactionTemplate transactions;
    private final HandlerExceptionResolver problems;
    private final IdempotencyProperties properties;

    IdempotencyFilter(IdempotencyStore store, PlatformTransactionManager transactionManager,
                      @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems,
                      IdempotencyProperties properties) {
        this.store = store;
        this.transactions = new TransactionTemplate(transactionManager);
        this.problems = problems;
        this.properties = properties;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        String actor;
        try {
            if (!KEY.matcher(key).matches()) {
                throw new InvalidCommandException(HEADER,
                        "must be 1-100 characters of letters, digits, '.', '_', ':' or '-'");
            }
            actor = AuditContextResolver.actor(AuditContextResolver.caller(request)).value();
        } catch (InvalidCommandException e) {
            problem(request, response, e);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String fingerprint = fingerprint(request, body);
        HttpServletRequest replayableRequest = new CachedBodyRequest(request, body);
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);

        Optional<IdempotencyStore.StoredResponse> earlier;
        try {
            earlier = transactions.execute(transaction -> {
                Optional<IdempotencyStore.StoredResponse> stored =
                        store.claim(actor, key, fingerprint, properties.inFlightWait());
                if (stored.isPresent()) {
                    return stored;
                }
                proceed(chain, replayableRequest, answer);
                if (answer.getStatus() >= 200 && answer.getStatus() < 300) {
                    store.complete(actor, key, stored(answer));
                } else {
                    transaction.setRollbackOnly();
                }
                return Optional.empty();
            });
        } catch (ChainFailure failure) {
            if (failure.servletException != null) {
                throw failure.servletException;
            }
            throw failure.ioException;
        } catch (RuntimeException e) {
            // A refusal of the key, or a failure to store or commit: nothing was applied. The answer is still
            // buffered here, so the client hears the failure, not the success that was rolled back.
            if (response.isCommitted()) {
                throw e;
            }
            answer.resetBuffer();
            response.reset();
            problem(request, response, e);
            return;
        }
        if (earlier != null && earlier.isPresent()) {
            replay(earlier.get(), response);
        } else {
            answer.copyBodyToResponse();
        }
    }

    private static void proceed(FilterChain chain, HttpServletRequest request, HttpServletResponse response) {
        try {
            chain.doFilter(request, response);
        } catch (ServletException e) {
            throw new ChainFailure(e, null);
        } catch (IOException e) {
            throw new ChainFailure(null, e);
        }
    }

    private static IdempotencyStore.StoredResponse stored(ContentCachingResponseWrapper answer) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : REPLAYED_HEADERS) {
            String value = name.equals(HttpHeaders.CONTENT_TYPE) ? answer.getContentType() : answer.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return new IdempotencyStore.StoredResponse(answer.getStatus(), headers, answer.getContentAsByteArray());
    }

    private static void replay(IdempotencyStore.StoredResponse earlier, HttpServletResponse response)
            throws IOException {
        response.setStatus(earlier.status());
        earlier.headers().forEach((name, value) -> {
            if (name.equals(HttpHeaders.CONTENT_TYPE)) {
                response.setContentType(value);
            } else {
                response.setHeader(name, value);
            }
        });
        response.setHeader(REPLAYED_HEADER, "true");
        byte[] body = earlier.body() == null ? new byte[0] : earlier.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Renders an exception through the MVC exception handlers, so it is the same problem+json as elsewhere. */
    private void problem(HttpServletRequest request, HttpServletResponse response, Exception e)
            throws ServletException {
        ModelAndView handled = problems.resolveException(request, response, null, e);
        if (handled == null) {
            throw new ServletException(e);
        }
    }

    /** SHA-256 of method, path with query and body: what makes two requests "the same request". */
    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            String target = request.getMethod() + " " + request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) + "\n";
            sha256.update(target.getBytes(StandardCharsets.UTF_8));
            sha256.update(body);
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Carries a checked failure of the filter chain through the transaction callback, to be rethrown as is. */
    private static final class ChainFailure extends RuntimeException {

        private final ServletException servletException;
        private final IOException ioException;

        ChainFailure(ServletException servletException, IOException ioException) {
            super(servletException != null ? servletException : ioException);
            this.servletException = servletException;
            this.ioException = ioException;
        }
    }
}
