package care.tandem.infra.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * Access tokens of a machine client (OAuth2 client credentials) from an OpenID Connect issuer, for the demo seeder
 * and the benchmarks: fetched on first use, then again a minute before each expires. The token endpoint is read
 * from the issuer's discovery document.
 */
public final class ClientCredentials implements Supplier<String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(1);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String issuerUri;
    private final String clientId;
    private final String secret;
    private final String scope;
    private final Clock clock;
    private String tokenEndpoint;
    private String token;
    private Instant renewAt = Instant.MIN;

    public ClientCredentials(String issuerUri, String clientId, String secret, String scope) {
        this.issuerUri = issuerUri;
        this.clientId = clientId;
        this.secret = secret;
        this.scope = scope;
        this.clock = Clock.systemUTC();
    }

    @Override
    public synchronized String get() {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            JsonNode answer = post(tokenEndpoint(), "grant_type=client_credentials&scope="
                    + URLEncoder.encode(scope, StandardCharsets.UTF_8));
            token = answer.path("access_token").asText();
            renewAt = clock.instant().plusSeconds(answer.path("expires_in").asLong(300)).minus(RENEW_BEFORE_EXPIRY);
        }
        return token;
    }

    /** Read from the discovery document once: it does not change while the issuer runs. */
    private String tokenEndpoint() {
        if (tokenEndpoint == null) {
            tokenEndpoint = send(HttpRequest.newBuilder(URI.create(issuerUri + "/.well-known/openid-configuration"))
                    .GET().build()).path("token_endpoint").asText();
        }
        return tokenEndpoint;
    }

    private JsonNode post(String endpoint, String form) {
        String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                // The answer may echo the client; the status is enough to act on.
                throw new IllegalStateException("The issuer answered " + response.statusCode() + " to "
                        + request.uri().getPath());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("The issuer at " + issuerUri + " could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
