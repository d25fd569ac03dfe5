package care.tandem.infra.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** What a clinician's tool and a dashboard do over HTTP, for tests that drive the running platform. */
public final class PlatformClient {

    public record Response(int status, String contentType, JsonNode body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final TandemPlatform platform;

    public PlatformClient(TandemPlatform platform) {
        this.platform = platform;
    }

    Response command(String path, String jsonBody) {
        return command(path, jsonBody, "c-rivera", "corr-e2e");
    }

    /** A command as the given clinician, within the given correlation id. */
    Response command(String path, String jsonBody, String clinicianId, String correlationId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(platform.commandSideUrl() + path))
                .header("Content-Type", "application/json")
                .header("X-Clinician-Id", clinicianId)
                .header("X-Correlation-Id", correlationId)
                .POST(jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody))
                .build();
        return send(request);
    }

    public Response query(String path) {
        return send(HttpRequest.newBuilder(URI.create(platform.querySideUrl() + path)).GET().build());
    }

    /** A read of the command side's own endpoints: its probes and metrics. */
    public Response commandSideGet(String path) {
        return send(HttpRequest.newBuilder(URI.create(platform.commandSideUrl() + path)).GET().build());
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
