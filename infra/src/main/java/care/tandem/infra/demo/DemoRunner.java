package care.tandem.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Sends a demo script to the command API over HTTP. Each plan's steps go in order; plans run concurrently, which
 * is safe because the script books nobody twice. The first step answered with anything but its expected status
 * stops the run with a {@link DemoStepFailedException}. Progress is logged as counts only.
 */
public final class DemoRunner {

    /** Enough requests in flight to keep the command side's PostgreSQL commits overlapping. */
    public static final int DEFAULT_CONCURRENCY = 8;

    private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final String commandSideUrl;
    private final int concurrency;
    private final Supplier<String> accessToken;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /**
     * @param accessToken a token of a machine client with the {@code plans.write} scope: the seeder writes to every
     *     demo plan, and every event it writes names that client as its actor
     */
    public DemoRunner(String commandSideUrl, int concurrency, Supplier<String> accessToken) {
        this.commandSideUrl = commandSideUrl;
        this.concurrency = concurrency;
        this.accessToken = accessToken;
    }

    public DemoRun run(List<DemoStep> script) {
        Map<String, List<DemoStep>> byPlan = script.stream()
                .collect(Collectors.groupingBy(DemoStep::planId, LinkedHashMap::new, Collectors.toList()));
        Progress progress = new Progress(script.size());
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        long started = System.nanoTime();
        ExecutorService lanes = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> running = byPlan.values().stream()
                    .map(steps -> lanes.submit(() -> sendInOrder(steps, progress, failure)))
                    .collect(Collectors.toList());
            for (Future<?> lane : running) {
                lane.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while seeding the demo program", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A demo lane failed", e.getCause());
        } finally {
            lanes.shutdownNow();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return new DemoRun(script.size(), progress.replayed.get(), Duration.ofNanos(System.nanoTime() - started));
    }

    private void sendInOrder(List<DemoStep> steps, Progress progress, AtomicReference<RuntimeException> failure) {
        for (DemoStep step : steps) {
            if (failure.get() != null) {
                return;
            }
            try {
                progress.sent(send(step));
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
                return;
            }
        }
    }

    /** Sends one step; true if the command side answered it from the stored answer of an earlier run. */
    private boolean send(DemoStep step) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(commandSideUrl + step.path()))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + accessToken.get())
                .header("Idempotency-Key", step.idempotencyKey())
                // The events of a step can be traced back to it, on every run alike.
                .header("X-Correlation-Id", step.idempotencyKey())
                .method(step.method(), step.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(step.body()))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DemoStepFailedException(step, "could not be sent: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoStepFailedException(step, "was interrupted", e);
        }
        if (response.statusCode() != step.expectedStatus()) {
            throw new DemoStepFailedException(step, "answered " + response.statusCode() + problemType(response)
                    + ", expected " + step.expectedStatus(), null);
        }
        return response.headers().firstValue("Idempotent-Replayed").filter("true"::equalsIgnoreCase).isPresent();
    }

    /** The problem's type and field (a rule or a field name), never its detail. */
    private static String problemType(HttpResponse<String> response) {
        if (!response.headers().firstValue("Content-Type").orElse("").contains("problem+json")) {
            return "";
        }
        try {
            JsonNode problem = JSON.readTree(response.body());
            String type = problem.path("type").asText();
            String field = problem.path("field").asText();
            return " " + type.substring(type.lastIndexOf('/') + 1) + (field.isEmpty() ? "" : " (field " + field + ")");
        } catch (IOException e) {
            return "";
        }
    }

    /** Counts answers and logs every tenth of the script. */
    private static final class Progress {

        private final int total;
        private final AtomicInteger sent = new AtomicInteger();
        private final AtomicInteger replayed = new AtomicInteger();

        Progress(int total) {
            this.total = total;
        }

        void sent(boolean wasReplayed) {
            if (wasReplayed) {
                replayed.incrementAndGet();
            }
            int done = sent.incrementAndGet();
            if (done * 10L / total != (done - 1) * 10L / total) {
                log.info("seeded {}/{} commands", done, total);
            }
        }
    }
}
