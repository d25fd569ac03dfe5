package care.tandem.bench.load;

import java.time.Duration;
import java.util.List;

/**
 * What one load run does.
 *
 * @param plans              couples' plans opened through the command API before the load starts
 * @param clinicians         clinicians the plans share (plan i is led by clinician i mod this)
 * @param rates              arrival rates (commands/s) stepped through in order until two steps in a row miss the
 *                           latency goal
 * @param warmup             unmeasured load at the first rate, before the first step
 * @param step               how long each rate is held
 * @param lagWindow          how long the M2 load (70% of M1's rate) is held
 * @param baselineWindow     how long the JDBC baseline (B2) runs
 * @param openConcurrency    requests in flight while the plans are opened (closed loop: preparation, not a measurement)
 * @param connectionPool     the command side's JDBC pool (Hikari's default, which the command side keeps) and so
 *                           the baseline's concurrency
 * @param appHeap            {@code -Xmx} of each app
 * @param catchUpLimit       how long to wait at most for the read models to catch up with the commands sent (the
 *                           steps start only then, so that the read side's backlog does not share the cores with them)
 * @param p99GoalMs          the latency goal a rate must meet to count for M1
 * @param seed               seeds where each plan starts in the command cycle
 */
public record LoadConfig(
        int plans,
        int clinicians,
        List<Integer> rates,
        Duration warmup,
        Duration step,
        Duration lagWindow,
        Duration baselineWindow,
        int openConcurrency,
        int connectionPool,
        String appHeap,
        Duration catchUpLimit,
        double p99GoalMs,
        long seed) {

    private static final List<Integer> FULL_RATES =
            List.of(25, 50, 75, 100, 150, 200, 300, 400, 600, 800, 1000, 1200, 1500);
    private static final int HIKARI_DEFAULT_POOL = 10;

    public LoadConfig {
        rates = List.copyOf(rates);
        if (plans < 1 || clinicians < 1 || rates.isEmpty()) {
            throw new IllegalArgumentException("a load run needs plans, clinicians and rates");
        }
    }

    /** The measured run: 10,000 plans, 20 s per rate (8 to 20 minutes on 2 cores, preparation included). */
    public static LoadConfig full() {
        return new LoadConfig(10_000, 500, FULL_RATES, Duration.ofSeconds(20), Duration.ofSeconds(20),
                Duration.ofSeconds(30), Duration.ofSeconds(20), 16, HIKARI_DEFAULT_POOL, "384m",
                Duration.ofMinutes(10), 50, 20_261_106L);
    }

    /** Proves the whole path works in well under a minute of load; measures nothing worth reading. */
    public static LoadConfig smoke() {
        return new LoadConfig(20, 4, List.of(10, 20), Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(2), Duration.ofSeconds(1), 4, HIKARI_DEFAULT_POOL, "384m",
                Duration.ofMinutes(1), 50, 20_261_106L);
    }

    public LoadConfig withRates(List<Integer> rates) {
        return new LoadConfig(plans, clinicians, rates, warmup, step, lagWindow, baselineWindow, openConcurrency,
                connectionPool, appHeap, catchUpLimit, p99GoalMs, seed);
    }

    public LoadConfig withPlans(int plans) {
        return new LoadConfig(plans, Math.min(clinicians, plans), rates, warmup, step, lagWindow, baselineWindow,
                openConcurrency, connectionPool, appHeap, catchUpLimit, p99GoalMs, seed);
    }
}
