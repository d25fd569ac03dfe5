package care.tandem.bench.load;

import care.tandem.bench.load.CommandClient.RateResult;
import care.tandem.bench.load.ResourceWindow.Usage;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one load run measured.
 *
 * @param openingSeconds how long opening the plans took (closed loop, {@link LoadConfig#openConcurrency()} in flight)
 * @param steps          every rate stepped through, in order
 * @param baseline       B2, measured right after the steps
 * @param lag            M2, at 70% of M1's rate, after the baseline
 * @param loadBefore     {@code /proc/loadavg} before the run
 * @param loadAfter      and after it
 */
public record LoadResults(LoadConfig config, double openingSeconds, List<Step> steps, JdbcBaseline.Result baseline,
                          Lag lag, String loadBefore, String loadAfter, Duration elapsed) {

    /** One rate held for {@link LoadConfig#step()}, and what the processes spent meanwhile. */
    public record Step(RateResult load, Usage usage) {

        boolean meets(LoadConfig config) {
            return load.latency().p99Ms() <= config.p99GoalMs() && load.errorCount() <= load.scheduled() / 1000;
        }

        /** CPU seconds of a process per 1,000 accepted commands. */
        double cpuPerThousand(double cpuSeconds) {
            return load.accepted() == 0 ? Double.NaN : cpuSeconds * 1000 / load.accepted();
        }
    }

    /**
     * M2: projection lag while the load runs at {@code load.rate()}.
     *
     * @param p50Ms, p99Ms over every read model, as bucket upper bounds of {@code tandem.projection.lag}
     * @param p99MsByReadModel the same per read model
     * @param recorded         lag samples recorded in the window (an event handled by n read models counts n times)
     * @param caughtUp         whether the read models caught up within {@link LoadConfig#catchUpLimit()} after the
     *                         load stopped; if not, the slowest events are missing from the figures
     */
    public record Lag(RateResult load, double p50Ms, double p99Ms, Map<String, Double> p99MsByReadModel,
                      long recorded, boolean caughtUp) {
    }

    /** M1: the highest rate that met the latency goal without errors. */
    public Optional<Step> m1() {
        return highestMeeting(steps, config);
    }

    static Optional<Step> highestMeeting(List<Step> steps, LoadConfig config) {
        return steps.stream().filter(step -> step.meets(config)).reduce((first, second) -> second);
    }
}
