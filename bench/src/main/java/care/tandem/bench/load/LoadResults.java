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
 * @param preparation    opening the plans and preparing their cycles, before anything is measured
 * @param steps          every rate stepped through, in order
 * @param baseline       B2, measured right after the steps
 * @param lag            M2, at 70% of M1's rate, after the baseline
 * @param loadBefore     {@code /proc/loadavg} before the run
 * @param loadAfter      and after it
 */
public record LoadResults(LoadConfig config, Preparation preparation, List<Step> steps, JdbcBaseline.Result baseline,
                          Lag lag, String loadBefore, String loadAfter, Duration elapsed) {

    /**
     * What came before the measured steps, all in a closed loop ({@link LoadConfig#openConcurrency()} in flight).
     *
     * @param openingSeconds      opening every plan
     * @param preparationCommands the prerequisites sent so that every plan's next step can be sent
     * @param preparationSeconds  sending them
     * @param catchUpSeconds      from the last of them until every event was published and every read model had
     *                            handled it: the read side's pace on a backlog of every event so far
     * @param caughtUp            false if that took longer than {@link LoadConfig#catchUpLimit()}
     */
    public record Preparation(double openingSeconds, int preparationCommands, double preparationSeconds,
                              double catchUpSeconds, boolean caughtUp) {
    }

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
