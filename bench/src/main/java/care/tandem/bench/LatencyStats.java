package care.tandem.bench;

import java.util.Arrays;

/** Percentiles of a set of latencies (nearest rank), in milliseconds. */
public record LatencyStats(int count, double p50Ms, double p99Ms, double maxMs, double meanMs) {

    public static LatencyStats of(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (long n : sorted) {
            sum += n;
        }
        return new LatencyStats(sorted.length, ms(percentile(sorted, 50)), ms(percentile(sorted, 99)),
                ms(sorted[sorted.length - 1]), sum / sorted.length / 1e6);
    }

    /** Nearest rank: the smallest sample with at least p% of the samples at or below it. */
    public static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
