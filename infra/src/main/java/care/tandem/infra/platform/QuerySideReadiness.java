package care.tandem.infra.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The platform is started once the query side is ready: its read models have handled every event the feed held when
 * it started. On the in-memory read store that is a rebuild from the feed at every start, so the launcher says so while
 * it waits, and "started" still means that nothing recorded before the restart is missing from an answer.
 */
final class QuerySideReadiness {

    private static final Logger log = LoggerFactory.getLogger(QuerySideReadiness.class);
    private static final Duration POLL_EVERY = Duration.ofMillis(250);
    private static final Duration TELL_EVERY = Duration.ofSeconds(10);
    /** Past this the platform runs on, and readiness tells orchestrators what the launcher no longer waits for. */
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(30);

    private QuerySideReadiness() {
    }

    static void await(String querySideUrl) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(querySideUrl + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long started = System.nanoTime();
        long toldAt = started;
        while (!ready(http, readiness)) {
            long now = System.nanoTime();
            if (Duration.ofNanos(now - started).compareTo(GIVE_UP_AFTER) > 0) {
                log.warn("The query side is still not ready after {}; see {}/actuator/health/readiness",
                        GIVE_UP_AFTER, querySideUrl);
                return;
            }
            if (Duration.ofNanos(now - toldAt).compareTo(TELL_EVERY) > 0) {
                log.info("Read models are catching up with the event feed ({} s so far)",
                        Duration.ofNanos(now - started).toSeconds());
                toldAt = now;
            }
            try {
                Thread.sleep(POLL_EVERY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.info("Read models caught up with the event feed in {} ms", Duration.ofNanos(System.nanoTime() - started)
                .toMillis());
    }

    private static boolean ready(HttpClient http, HttpRequest readiness) {
        try {
            return http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
