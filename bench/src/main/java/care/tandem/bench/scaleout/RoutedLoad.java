package care.tandem.bench.scaleout;

import care.tandem.bench.LatencyStats;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Clinicians sending commands as fast as they are answered (a closed loop), each opening plans and scheduling three
 * joint sessions in each, every command with a correlation id of its own, through a {@link CommandRouter}. It
 * remembers which commands were acknowledged (answered 2xx): the ones that must never be lost.
 */
final class RoutedLoad {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    static final String PLAN_PREFIX = "so-";
    private static final int SESSIONS_PER_PLAN = 3;

    private final CommandRouter router;
    private final Supplier<String> token;
    private final int clinicians;
    private final Instant firstSlot = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicInteger commands = new AtomicInteger();
    /** Per clinician: plans opened and slots booked so far, across phases, so no id or slot is used twice. */
    private final AtomicInteger[] plans;
    private final AtomicInteger[] slots;

    RoutedLoad(CommandRouter router, Supplier<String> token, int clinicians) {
        this.router = router;
        this.token = token;
        this.clinicians = clinicians;
        this.plans = counters(clinicians);
        this.slots = counters(clinicians);
    }

    /** What one phase of load did. */
    record Phase(String name, int commandInstances, int queryInstances, int acknowledged, int failed,
                 double seconds, LatencyStats latency) {

        double acknowledgedPerSecond() {
            return acknowledged / seconds;
        }
    }

    /** Load running in the background until {@link #stop()}. */
    final class Running {

        private final String name;
        private final int queryInstances;
        private final int commandInstances;
        private final AtomicBoolean stop = new AtomicBoolean();
        /** Daemon threads: a run that fails half-way must not leave clinicians sending. */
        private final ExecutorService workers = Executors.newFixedThreadPool(clinicians, task -> {
            Thread thread = new Thread(task, "clinician");
            thread.setDaemon(true);
            return thread;
        });
        private final List<Long> latencies = new ArrayList<>();
        private final AtomicInteger failed = new AtomicInteger();
        private final long started = System.nanoTime();

        private Running(String name, int queryInstances) {
            this.name = name;
            this.queryInstances = queryInstances;
            this.commandInstances = router.size();
            for (int c = 0; c < clinicians; c++) {
                int clinician = c;
                workers.execute(() -> clinician(clinician));
            }
        }

        private void clinician(int clinician) {
            while (!stop.get()) {
                String planId = PLAN_PREFIX + "%d-%d".formatted(clinician, plans[clinician].getAndIncrement());
                if (!send(planId, "/api/treatment-plans", """
                        {"planId":"%1$s","primaryClinicianId":"%2$s","partners":[
                         {"participantId":"%1$s-a","displayName":"A"},
                         {"participantId":"%1$s-b","displayName":"B"}]}"""
                        .formatted(planId, clinicianId(clinician)))) {
                    continue;
                }
                for (int session = 0; session < SESSIONS_PER_PLAN && !stop.get(); session++) {
                    Instant startsAt = firstSlot.plus(2L * slots[clinician].getAndIncrement(), ChronoUnit.MINUTES);
                    send(planId, "/api/treatment-plans/" + planId + "/joint-sessions", """
                            {"sessionId":"s-%d","startsAt":"%s","durationMinutes":1,"clinicianId":"%s",
                             "expectedParticipantIds":["%s-a","%4$s-b"]}"""
                            .formatted(session, startsAt, clinicianId(clinician), planId));
                }
            }
        }

        private boolean send(String planId, String path, String body) {
            String correlationId = "scale-out-command-" + commands.incrementAndGet();
            long sent = System.nanoTime();
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(router.forPlan(planId) + path))
                        .timeout(REQUEST_TIMEOUT)
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token.get())
                        .header("X-Correlation-Id", correlationId)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() / 100 == 2) {
                    acknowledged.add(correlationId);
                    synchronized (latencies) {
                        latencies.add(System.nanoTime() - sent);
                    }
                    return true;
                }
            } catch (IOException e) {
                // Refused or cut off by a killed instance: not acknowledged, so it may or may not have happened.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop.set(true);
            }
            failed.incrementAndGet();
            return false;
        }

        /** Stops sending, waits for the answers under way, and says what the phase did. */
        Phase stop() {
            stop.set(true);
            workers.shutdown();
            try {
                workers.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long[] answered;
            synchronized (latencies) {
                answered = latencies.stream().mapToLong(Long::longValue).toArray();
            }
            if (answered.length == 0) {
                throw new IllegalStateException("no command was acknowledged in phase " + name);
            }
            return new Phase(name, commandInstances, queryInstances, answered.length, failed.get(), seconds,
                    LatencyStats.of(answered));
        }
    }

    Running start(String phase, int queryInstances) {
        return new Running(phase, queryInstances);
    }

    /** The correlation ids of every command answered 2xx so far. */
    Set<String> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    int clinicians() {
        return clinicians;
    }

    Instant firstSlot() {
        return firstSlot;
    }

    static String clinicianId(int clinician) {
        return "c-scale-" + clinician;
    }

    private static AtomicInteger[] counters(int size) {
        AtomicInteger[] counters = new AtomicInteger[size];
        for (int i = 0; i < size; i++) {
            counters[i] = new AtomicInteger();
        }
        return counters;
    }
}
