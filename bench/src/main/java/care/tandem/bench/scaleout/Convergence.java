package care.tandem.bench.scaleout;

import care.tandem.bench.ChildJvm;
import care.tandem.infra.embedded.EmbeddedPostgres;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * How long the read models took to show exactly what the event store holds once the load stopped: first every read
 * model says it has handled the whole feed, then every plan's schedule and every clinician's calendar are compared.
 *
 * @param convergedSeconds null when they did not agree within the limit
 * @param caughtUpSeconds  null when the read models never said they had caught up
 * @param differences      what still differed at the limit; empty when they converged
 */
record Convergence(EventStoreFold fold, Double convergedSeconds, Double caughtUpSeconds, List<String> differences) {

    static Convergence await(ReadModelCheck check, RoutedLoad load, EmbeddedPostgres postgres, Duration limit,
                             long since, Duration poll) {
        EventStoreFold fold = EventStoreFold.read(postgres.jdbcUrl(), postgres.username(), postgres.password());
        long deadline = since + limit.toNanos();
        Double caughtUp = null;
        List<String> differences = List.of("never compared: the read models did not catch up with the feed");
        while (System.nanoTime() < deadline) {
            long attempt = System.nanoTime();
            if (safely(check::caughtUp)) {
                if (caughtUp == null) {
                    caughtUp = seconds(since, attempt);
                }
                try {
                    differences = check.differences(fold, load.clinicians(), ReadModelCheck.calendarStart(load));
                } catch (RuntimeException e) {
                    differences = List.of("the query side did not answer every read: " + e.getMessage());
                }
                if (differences.isEmpty()) {
                    return new Convergence(fold, seconds(since, attempt), caughtUp, differences);
                }
            }
            ChildJvm.pause(poll);
        }
        return new Convergence(fold, null, caughtUp, differences);
    }

    /** A query instance still taking over may fail to answer for a moment: that is not caught up yet. */
    private static boolean safely(BooleanSupplier question) {
        try {
            return question.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
