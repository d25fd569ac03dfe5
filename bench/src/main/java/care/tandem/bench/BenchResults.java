package care.tandem.bench;

import java.time.Duration;
import java.util.List;

/** Everything one run measured, per threshold (each in its own application context and database). */
public record BenchResults(BenchConfig config, List<ThresholdResult> thresholds, Duration elapsed) {

    /**
     * The fresh-plan baseline and every history size, measured interleaved in one context.
     *
     * @param baselineNanos the fresh-plan samples themselves, for a baseline pooled over every threshold
     * @param commitProbe a single-row INSERT committed on its own, interleaved with the commands: PostgreSQL's commit
     *                    floor on this machine
     */
    public record ThresholdResult(int threshold, LatencyStats baseline, long[] baselineNanos, LatencyStats commitProbe,
                                  List<CellResult> cells, Duration elapsed) {

        public String label() {
            return BenchConfig.label(threshold);
        }
    }

    /**
     * One (threshold, N) cell.
     *
     * @param steadyState             consecutive commands on plans of about N events, the last snapshot anywhere in
     *                                its cycle: includes the commands that happened to write a snapshot
     * @param snapshotWritesInSteadyState how many of those wrote a snapshot
     * @param plans                   plans the steady-state samples were spread over
     * @param commandsPerPlan         consecutive measured commands per plan
     * @param snapshotWrites          commands placed to write a snapshot (null when N is below the threshold, so no
     *                                plan of that size has reached one)
     */
    public record CellResult(int historySize, LatencyStats steadyState, int snapshotWritesInSteadyState, int plans,
                             int commandsPerPlan, LatencyStats snapshotWrites) {
    }
}
