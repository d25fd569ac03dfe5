package care.tandem.infra.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The runner against a stand-in command API that records what arrives and answers as told. */
class DemoRunnerTest {

    private final HttpServer server = startServer();
    private final Map<String, List<String>> keysByPlan = new ConcurrentHashMap<>();
    private volatile String failingKey = "";
    private volatile boolean replaying;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void eachPlansStepsArriveInOrderWithTheirHeaders() {
        List<DemoStep> script = new ArrayList<>();
        IntStream.rangeClosed(1, 60).forEach(n -> script.add(step(n, "plan-" + n % 5, 201)));

        DemoRun run = new DemoRunner(url(), 4, () -> "seeder-token").run(script);

        assertThat(run.commands()).isEqualTo(60);
        assertThat(run.replayed()).isZero();
        assertThat(keysByPlan).hasSize(5).allSatisfy((plan, keys) -> assertThat(keys).hasSize(12)
                .isSortedAccordingTo((a, b) -> Integer.compare(number(a), number(b))));
    }

    @Test
    void answersFromStoredAnswersAreCountedAsReplayed() {
        replaying = true;
        DemoRun run = new DemoRunner(url(), 2, () -> "seeder-token").run(List.of(step(1, "plan-1", 201), step(2, "plan-2", 201)));
        assertThat(run.replayed()).isEqualTo(2);
    }

    @Test
    void anUnexpectedAnswerStopsTheRunNamingStepAndRuleButNoPersonalDetail() {
        failingKey = "demo-1-2";
        List<DemoStep> script = List.of(step(1, "plan-1", 201), step(2, "plan-1", 201), step(3, "plan-1", 201));

        assertThatThrownBy(() -> new DemoRunner(url(), 2, () -> "seeder-token").run(script))
                .isInstanceOf(DemoStepFailedException.class)
                .hasMessageContaining("Demo step 2 (POST /api/treatment-plans/plan-1/sessions)")
                .hasMessageContaining("answered 409 double-booking, expected 201")
                .message().doesNotContain("Tarn", "p-secret");
        assertThat(keysByPlan.get("plan-1")).containsExactly("demo-1-1", "demo-1-2");
    }

    private static DemoStep step(int number, String plan, int expectedStatus) {
        return new DemoStep(number, plan, "POST", "/api/treatment-plans/" + plan + "/sessions", "c-demo-01",
                "demo-1-" + number, "{\"displayName\":\"Tarn Placeholm\"}", expectedStatus);
    }

    private static int number(String key) {
        return Integer.parseInt(key.substring(key.lastIndexOf('-') + 1));
    }

    private String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    private HttpServer startServer() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            http.createContext("/", this::answer);
            http.start();
            return http;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String plan = path.split("/")[3];
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        assertThat(exchange.getRequestHeaders().getFirst("Authorization")).isEqualTo("Bearer seeder-token");
        keysByPlan.computeIfAbsent(plan, any -> Collections.synchronizedList(new ArrayList<>())).add(key);
        byte[] body;
        if (key.equals(failingKey)) {
            body = """
                    {"type":"https://tandem.care/problems/double-booking","status":409,
                     "detail":"participant p-secret (Tarn Placeholm) is already booked"}""".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(409, body.length);
        } else {
            body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            if (replaying) {
                exchange.getResponseHeaders().add("Idempotent-Replayed", "true");
            }
            exchange.sendResponseHeaders(201, body.length);
        }
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
