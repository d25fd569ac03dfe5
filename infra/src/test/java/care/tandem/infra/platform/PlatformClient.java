package care.tandem.infra.platform;

import care.tandem.access.testing.TestIssuer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/** What a clinician's tool and a dashboard do over HTTP, for tests that drive the running platform. */
public final class PlatformClient {

    public record Response(int status, String contentType, JsonNode body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVERYTHING = TestIssuer.shared().everything("platform-test-reader");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final TandemPlatform platform;
    private final Supplier<String> readToken;

    /** Reads as a trusted system holding every role and scope: these tests are about the platform, not access. */
    public PlatformClient(TandemPlatform platform) {
        this(platform, () -> EVERYTHING);
    }

    /** Reads with the given tokens, e.g. a person's from the embedded issuer, to see what they may see. */
    public PlatformClient(TandemPlatform platform, Supplier<String> readToken) {
        this.platform = platform;
        this.readToken = readToken;
    }

    Response command(String path, String jsonBody) {
        return command(path, jsonBody, "c-rivera", "corr-e2e");
    }

    /** A command as the given clinician, within the given correlation id. */
    Response command(String path, String jsonBody, String clinicianId, String correlationId) {
        return commandWith(TestIssuer.shared().clinician(clinicianId), path, jsonBody, correlationId);
    }

    /** A command with the given token (compliance staff's, say). */
    Response commandWith(String token, String path, String jsonBody, String correlationId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(platform.commandSideUrl() + path))
                .header("Content-Type", "application/json")
                .header("Authorization", TestIssuer.bearer(token))
                .header("X-Correlation-Id", correlationId)
                .POST(jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody))
                .build();
        return send(request);
    }

    public Response query(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.querySideUrl() + path))
                .header("Authorization", TestIssuer.bearer(readToken.get())).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** A read of the command side's own endpoints: its probes and metrics. */
    public Response commandSideGet(String path) {
        return send(HttpRequest.newBuilder(URI.create(platform.commandSideUrl() + path))
                .header("Authorization", TestIssuer.bearer(readToken.get())).GET().build());
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
