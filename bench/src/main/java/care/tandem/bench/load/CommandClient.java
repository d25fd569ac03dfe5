package care.tandem.bench.load;

import care.tandem.bench.LatencyStats;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Sends the load's commands to the command API: an open model at a fixed arrival rate for the measurement, a closed
 * loop for opening the plans.
 */
final class CommandClient {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern PROBLEM_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"[^\"]*/([a-z-]+)\"");

    private final String commandSideUrl;
    private final Supplier<String> accessToken;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    CommandClient(String commandSideUrl, Supplier<String> accessToken) {
        this.commandSideUrl = commandSideUrl;
        this.accessToken = accessToken;
    }

    /**
     * What one rate did.
     *
     * @param latency  every answered command, from its scheduled send time to its answer
     * @param p999Ms   99.9th percentile of the same
     * @param achieved accepted commands per second, over the time from the first scheduled send to the last answer
     * @param errors   answers that were not the command's success (and sends that failed), by status and problem
     *                 type: the rule's name, never its detail
     * @param sent     by kind of command
     */
    record RateResult(double rate, int scheduled, int accepted, LatencyStats latency, double p999Ms,
                      double achieved, Map<String, Integer> errors, Map<PlanTraffic.Kind, Integer> sent) {

        int errorCount() {
            return errors.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * Sends {@code rate} commands per second for {@code duration}, each at its scheduled instant whether or not
     * earlier ones have been answered, so a slow server cannot slow the arrivals and hide its latency (no coordinated
     * omission). Waits for every answer before returning.
     */
    RateResult openLoad(PlanTraffic traffic, double rate, Duration duration) {
        int total = (int) Math.max(1, Math.round(rate * duration.toNanos() / 1e9));
        long interval = Math.round(1e9 / rate);
        long[] latencies = new long[total];
        Outcomes outcomes = new Outcomes();
        CountDownLatch answered = new CountDownLatch(total);
        AtomicLong lastAnswer = new AtomicLong();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            for (long wait = scheduled - System.nanoTime(); wait > 0; wait = scheduled - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            PlanTraffic.Command command = traffic.next();
            if (command == null) {
                latencies[i] = -1;
                outcomes.error("every plan busy");
                answered.countDown();
                continue;
            }
            int index = i;
            http.sendAsync(request(command), HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                long now = System.nanoTime();
                latencies[index] = now - scheduled;
                lastAnswer.accumulateAndGet(now, Math::max);
                boolean accepted = outcomes.record(command, response, failure);
                traffic.finished(command, accepted);
                answered.countDown();
            });
        }
        await(answered);
        long[] answeredLatencies = Arrays.stream(latencies).filter(l -> l >= 0).toArray();
        double seconds = (lastAnswer.get() - start) / 1e9;
        return new RateResult(rate, total, outcomes.accepted.get(), LatencyStats.of(answeredLatencies),
                LatencyStats.percentile(sorted(answeredLatencies), 99.9) / 1e6,
                seconds > 0 ? outcomes.accepted.get() / seconds : 0, outcomes.errors(), outcomes.sent());
    }

    /**
     * Sends every command with {@code concurrency} in flight, letting each plan remember what was accepted; throws on
     * the first one refused.
     */
    void closedLoop(List<PlanTraffic.Command> commands, int concurrency) {
        ExecutorService senders = Executors.newFixedThreadPool(concurrency);
        try {
            Outcomes outcomes = new Outcomes();
            List<Future<Object>> sent = commands.stream().map(command -> senders.<Object>submit(() -> {
                HttpResponse<String> response = http.send(request(command), HttpResponse.BodyHandlers.ofString());
                if (!outcomes.record(command, response, null)) {
                    throw new IllegalStateException(command.kind() + " answered " + outcomes.errors());
                }
                command.accepted().accept(command.plan());
                return null;
            })).toList();
            for (var future : sent) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing the plans", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("preparing the plans failed", e.getCause());
        } finally {
            senders.shutdownNow();
        }
    }

    private HttpRequest request(PlanTraffic.Command command) {
        return HttpRequest.newBuilder(URI.create(commandSideUrl + command.path()))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + accessToken.get())
                .POST(command.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(command.body()))
                .build();
    }

    private static void await(CountDownLatch answered) {
        try {
            if (!answered.await(REQUEST_TIMEOUT.toSeconds() * 3, TimeUnit.SECONDS)) {
                throw new IllegalStateException("answers still missing after the requests' timeout");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for answers", e);
        }
    }

    private static long[] sorted(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted;
    }

    /** Counts answers; an error is named by status and problem type only. */
    private static final class Outcomes {

        private final AtomicInteger accepted = new AtomicInteger();
        private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        private final Map<PlanTraffic.Kind, AtomicInteger> sent = new ConcurrentHashMap<>();

        boolean record(PlanTraffic.Command command, HttpResponse<String> response, Throwable failure) {
            sent.computeIfAbsent(command.kind(), kind -> new AtomicInteger()).incrementAndGet();
            if (failure != null) {
                error(failure.getClass().getSimpleName());
                return false;
            }
            if (response.statusCode() / 100 == 2) {
                accepted.incrementAndGet();
                return true;
            }
            Matcher type = PROBLEM_TYPE.matcher(response.body());
            error(command.kind() + " " + response.statusCode() + (type.find() ? " " + type.group(1) : ""));
            return false;
        }

        void error(String kind) {
            errors.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        }

        Map<String, Integer> errors() {
            Map<String, Integer> counts = new TreeMap<>();
            errors.forEach((kind, count) -> counts.put(kind, count.get()));
            return counts;
        }

        Map<PlanTraffic.Kind, Integer> sent() {
            Map<PlanTraffic.Kind, Integer> counts = new TreeMap<>();
            sent.forEach((kind, count) -> counts.put(kind, count.get()));
            return counts;
        }
    }
}
