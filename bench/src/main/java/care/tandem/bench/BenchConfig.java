package care.tandem.bench;

import java.util.List;

/**
 * What one benchmark run measures.
 *
 * @param history              what the seeded histories are made of
 * @param historySizes         plan history lengths N (events, the opening event included)
 * @param thresholds           snapshot thresholds ({@code tandem.snapshots.every-events}); {@link #NO_SNAPSHOTS} stands
 *                             for "never"
 * @param samplesPerCell       measured commands per (threshold, N), unless {@code replayBudgetPerCell} caps it
 * @param baselineSamples      measured commands on fresh plans (one event: the opening) per threshold
 * @param eventsPerCommand     a plan of N events takes {@code min(maxCommandsPerPlan, max(1, N / this))} consecutive
 *                             measured commands, so its history grows by at most {@code 1 / this} while it is measured;
 *                             the other samples come from more plans
 * @param maxCommandsPerPlan   the cap: every large size gets the same number of commands per plan, so the sessions
 *                             those commands add to a plan's state are the same at N = 1,000 and N = 10,000
 * @param replayBudgetPerCell  at most this many events replayed by one cell's measured commands (bounds the run time of
 *                             "no snapshots" at large N); at least {@code minSamplesPerCell} anyway
 * @param minSamplesPerCell    floor of the replay budget's cap
 * @param snapshotWriteSamples commands per (threshold, N) placed so that each one writes a snapshot
 * @param warmupCommands       unmeasured commands per threshold before measuring
 * @param seed                 seeds the interleaving order, so a run is repeatable
 */
public record BenchConfig(
        History history,
        List<Integer> historySizes,
        List<Integer> thresholds,
        int samplesPerCell,
        int baselineSamples,
        int eventsPerCommand,
        int maxCommandsPerPlan,
        long replayBudgetPerCell,
        int minSamplesPerCell,
        int snapshotWriteSamples,
        int warmupCommands,
        long seed) {

    /** A threshold no plan reaches: the app never snapshots. */
    public static final int NO_SNAPSHOTS = Integer.MAX_VALUE;

    public static final List<Integer> THRESHOLDS = List.of(NO_SNAPSHOTS, 50, 100, 250, 500, 1000);

    private static final long SEED = 20_260_101L;

    /** What a seeded history is made of. */
    public enum History {
        /**
         * One recovery goal set, then revised over and over (SetRecoveryGoal, ReviseRecoveryGoal): the plan's state
         * stays the same size however long the history, so only the history's length is measured.
         */
        GOALS,
        /**
         * Sessions scheduled and cancelled (ScheduleSession, CancelSession): every pair leaves a cancelled session in
         * the plan's state, so a long history is also a large state, and a large snapshot.
         */
        SESSIONS
    }

    public BenchConfig {
        historySizes = List.copyOf(historySizes);
        thresholds = List.copyOf(thresholds);
        if (historySizes.stream().anyMatch(n -> n < 2)) {
            throw new IllegalArgumentException("a seeded history has at least 2 events");
        }
        if (thresholds.stream().anyMatch(t -> t < 3)) {
            throw new IllegalArgumentException("snapshot thresholds below 3 are not measured");
        }
    }

    /**
     * The measured run, about 5 minutes on 2 cores: 600 samples per cell, so that p99 is the 6th-slowest command
     * rather than the 2nd.
     */
    public static BenchConfig full() {
        return new BenchConfig(History.GOALS, List.of(10, 100, 1_000, 10_000), THRESHOLDS, 600, 600, 20, 25,
                2_000_000, 40, 20, 400, SEED);
    }

    /** The supplement: histories of sessions, whose state grows with them (about 5 minutes on 2 cores). */
    public static BenchConfig sessions() {
        return new BenchConfig(History.SESSIONS, List.of(100, 1_000, 10_000), THRESHOLDS, 200, 200, 20, 25,
                1_000_000, 40, 10, 400, SEED);
    }

    /** A few seconds per threshold: proves the whole path works, measures nothing worth reading. */
    public static BenchConfig smoke() {
        return new BenchConfig(History.GOALS, List.of(10, 100), THRESHOLDS, 4, 4, 20, 2, 1_000_000, 2, 2, 8, SEED);
    }

    public BenchConfig with(History history, List<Integer> sizes, List<Integer> thresholds, Integer samples) {
        return new BenchConfig(history, sizes != null ? sizes : historySizes,
                thresholds != null ? thresholds : this.thresholds,
                samples != null ? samples : samplesPerCell, samples != null ? samples : baselineSamples,
                eventsPerCommand, maxCommandsPerPlan, replayBudgetPerCell, minSamplesPerCell, snapshotWriteSamples,
                warmupCommands, seed);
    }

    int commandsPerPlan(int size) {
        return Math.min(maxCommandsPerPlan, Math.max(1, size / eventsPerCommand));
    }

    static String label(int threshold) {
        return threshold == NO_SNAPSHOTS ? "none" : Integer.toString(threshold);
    }
}
