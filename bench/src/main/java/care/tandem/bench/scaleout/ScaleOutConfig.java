package care.tandem.bench.scaleout;

import java.time.Duration;

/**
 * The size of a scale-out run.
 *
 * @param clinicians       clinicians sending commands at once (closed loop), each on plans of their own
 * @param warmup           load sent to the first instances before anything is measured, so that the JIT has compiled
 *                         what the phases run
 * @param phase            how long each throughput phase (one instance of each app, then two) sends load
 * @param betweenKills     load before the first kill, between kills and after the last
 * @param appHeap          {@code -Xmx} of each app instance
 * @param kafkaHeap        {@code -Xmx} of each Kafka node
 * @param convergenceLimit how long the read models may take to converge after the load stops
 * @param smokeSize        a size that only proves the path works
 */
public record ScaleOutConfig(int clinicians, Duration warmup, Duration phase, Duration betweenKills, String appHeap, String kafkaHeap,
                             Duration convergenceLimit, boolean smokeSize) {

    public static ScaleOutConfig full() {
        return new ScaleOutConfig(8, Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(20), "384m", "256m",
                Duration.ofMinutes(5), false);
    }

    /** The smallest run that goes through every step: for CI, not a measurement. */
    public static ScaleOutConfig smoke() {
        return new ScaleOutConfig(4, Duration.ZERO, Duration.ofSeconds(8), Duration.ofSeconds(8), "320m", "192m",
                Duration.ofMinutes(5), true);
    }
}
