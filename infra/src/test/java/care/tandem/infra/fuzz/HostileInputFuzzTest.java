package care.tandem.infra.fuzz;

import care.tandem.infra.platform.PlatformSettings;
import care.tandem.infra.platform.TandemPlatform;
import care.tandem.infra.platform.TestPlatforms;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of seeded, mostly hostile requests against every POST and GET of both services of a running platform:
 * no answer is a 5xx, every error is {@code application/problem+json} of a Tandem type, and the event store holds
 * events of exactly the commands that were answered 2xx (matched by correlation id), so a refused request appended
 * nothing. {@code -Dtandem.fuzz.seed=<seed>} replays a run, {@code -Dtandem.fuzz.requests=<n>} sizes it.
 */
class HostileInputFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SEED = Long.getLong("tandem.fuzz.seed", 20261203L);
    private static final int REQUESTS = Integer.getInteger("tandem.fuzz.requests", 5_400);

    @TempDir
    Path data;

    @Test
    void noRequestGetsA5xxAnErrorThatIsNoProblemOrAChangeItWasNotToldOf() throws Exception {
        PlatformSettings settings = TestPlatforms.onFreePorts(data);
        try (TandemPlatform platform = TandemPlatform.start(settings)) {
            FuzzState state = FuzzState.seeded(Instant.now().truncatedTo(ChronoUnit.MINUTES));
            int commandPort = URI.create(platform.commandSideUrl()).getPort();
            int queryPort = URI.create(platform.querySideUrl()).getPort();
            new FuzzSeed(state, commandPort).plant();
            long eventsBefore = highestGlobalIndex(platform);

            HostileRequests requests = new HostileRequests(SEED, state);
            Map<Integer, Integer> statuses = new TreeMap<>();
            Set<String> accepted = new HashSet<>();
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                HostileRequests.Drawn drawn = requests.next(commandPort, queryPort);
                RawHttp.Response response = RawHttp.send(drawn.request());
                statuses.merge(response.status(), 1, Integer::sum);
                String problem = problemFault(drawn.request(), response);
                if (problem != null && failures.size() < 20) {
                    failures.add(describe(drawn.request()) + " -> " + response.status() + ": " + problem);
                }
                if (drawn.endpoint().service() == Endpoint.Service.COMMAND && drawn.endpoint().path().startsWith("/api/")
                        && response.status() / 100 == 2
                        && drawn.request().method().equals("POST") && response.header("Idempotent-Replayed") == null) {
                    accepted.add(response.header("X-Correlation-Id"));
                }
            }
            System.out.printf("Fuzz seed %d: %d requests, statuses %s, %d commands accepted%n",
                    SEED, REQUESTS, statuses, accepted.size());

            assertThat(failures).as("answers breaking the rules (seed %d)", SEED).isEmpty();
            assertThat(statuses.keySet()).as("statuses (seed %d)", SEED).allMatch(status -> status < 500);
            assertThat(correlationIdsAppendedAfter(platform, eventsBefore))
                    .as("correlation ids of the events appended: exactly the commands answered 2xx")
                    .isEqualTo(accepted);
            assertThat(accepted).as("some commands got through, so the rules were reached").hasSizeGreaterThan(50);
        }
    }

    /** What is wrong with the answer, or null: an error must be problem+json of a Tandem type and its own status. */
    private static String problemFault(RawHttp.Request request, RawHttp.Response response) {
        if (response.status() >= 500) {
            return "a server error: " + response.bodyText();
        }
        if (response.status() < 400) {
            return null;
        }
        String contentType = String.valueOf(response.header("Content-Type"));
        if (!contentType.startsWith("application/problem+json")) {
            return "Content-Type " + contentType + ": " + abbreviate(response.bodyText());
        }
        if (request.method().equals("HEAD")) {
            return null;
        }
        try {
            JsonNode problem = JSON.readTree(response.body());
            if (!problem.path("type").asText().startsWith("https://tandem.care/problems/")) {
                return "problem type " + problem.path("type");
            }
            if (problem.path("status").asInt() != response.status()) {
                return "problem status " + problem.path("status");
            }
            return null;
        } catch (IOException e) {
            return "a body that is no JSON: " + abbreviate(response.bodyText());
        }
    }

    private static String describe(RawHttp.Request request) {
        String body = request.body() == null ? ""
                : " " + abbreviate(new String(request.body(), StandardCharsets.UTF_8));
        return request.method() + " " + abbreviate(request.target()) + " " + request.headers() + body;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private static long highestGlobalIndex(TandemPlatform platform) throws SQLException {
        try (Connection connection = connect(platform);
             ResultSet rows = connection.createStatement()
                     .executeQuery("select coalesce(max(globalindex), 0) from domainevententry")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Set<String> correlationIdsAppendedAfter(TandemPlatform platform, long globalIndex)
            throws SQLException, IOException {
        Set<String> ids = new HashSet<>();
        try (Connection connection = connect(platform);
             PreparedStatement query = connection.prepareStatement(
                     "select metadata from domainevententry where globalindex > ?")) {
            query.setLong(1, globalIndex);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(JSON.readTree(rows.getBytes(1)).path("correlationId").asText());
                }
            }
        }
        return ids;
    }

    private static Connection connect(TandemPlatform platform) throws SQLException {
        return DriverManager.getConnection(platform.postgresJdbcUrl(), platform.postgresUsername(),
                platform.postgresPassword());
    }
}
