package care.tandem.bench.rebuild;

import care.tandem.infra.embedded.EmbeddedMongo;

import java.time.Duration;
import java.util.List;

/**
 * One pass over the whole feed: the query side rebuilding its read models (M3), or the raw baseline (B4). Each read
 * model (or baseline lane) reads every event of the feed, all of them at once.
 *
 * @param store      the embedded read store it wrote to
 * @param label      what ran
 * @param events     events on the feed
 * @param lanes      per read model (or baseline lane), when it had handled every event
 * @param elapsed    until the last lane had handled every event: the feed's events through every read model
 * @param cpuSeconds CPU time of this JVM during the pass (the broker and the Mongo server run in it too)
 */
record Pass(EmbeddedMongo.Store store, String label, long events, List<Lane> lanes, Duration elapsed, double cpuSeconds) {

    Pass {
        lanes = List.copyOf(lanes);
    }

    /** @param caughtUpAfter since the pass started */
    record Lane(String name, Duration caughtUpAfter) {

        double eventsPerSecond(long events) {
            return perSecond(events, caughtUpAfter);
        }
    }

    /** The headline: events on the feed per second until every read model has handled all of them. */
    double eventsPerSecond() {
        return perSecond(events, elapsed);
    }

    double cpuSecondsPerThousandEvents() {
        return cpuSeconds / (events / 1000.0);
    }

    private static double perSecond(long events, Duration elapsed) {
        return events / (elapsed.toNanos() / 1e9);
    }
}
