package care.tandem.bench.load;

import care.tandem.bench.LatencyStats;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the processes cost during one window of load: CPU seconds of each (the apps, PostgreSQL, this JVM), and of
 * each app its resident memory, sampled every 250 ms, and its GC pauses.
 */
final class ResourceWindow {

    private static final Duration SAMPLE_EVERY = Duration.ofMillis(250);

    /**
     * One app in the window.
     *
     * @param peakResidentBytes largest {@code VmRSS} sampled
     * @param gcPauseP99Ms      99th percentile (nearest rank) of the stop-the-world pauses, 0 without any
     */
    record AppUsage(String name, double cpuSeconds, long peakResidentBytes, long meanResidentBytes, int gcPauses,
                    double gcPauseP99Ms, double gcPauseMaxMs) {
    }

    /**
     * @param benchCpuSeconds this JVM: the load generator, and the embedded Kafka broker and Mongo wire server
     */
    record Usage(double seconds, List<AppUsage> apps, double postgresCpuSeconds, double benchCpuSeconds) {

        double totalCpuSeconds() {
            return apps.stream().mapToDouble(AppUsage::cpuSeconds).sum() + postgresCpuSeconds + benchCpuSeconds;
        }
    }

    private final List<AppProcess> apps;
    private final Path postgresData;
    private final long started = System.nanoTime();
    private final long[] cpuAtStart;
    private final long[] gcLogAtStart;
    private final long postgresCpuAtStart;
    private final long benchCpuAtStart;
    private final List<long[]> residentSamples = new ArrayList<>();
    private final AtomicBoolean sampling = new AtomicBoolean(true);
    private final Thread sampler;

    private ResourceWindow(List<AppProcess> apps, Path postgresData) {
        this.apps = List.copyOf(apps);
        this.postgresData = postgresData;
        this.cpuAtStart = apps.stream().mapToLong(app -> ProcessUsage.cpu(app.pid()).toNanos()).toArray();
        this.gcLogAtStart = apps.stream().mapToLong(AppProcess::gcLogPosition).toArray();
        this.postgresCpuAtStart = ProcessUsage.postgresCpu(postgresData).toNanos();
        this.benchCpuAtStart = ProcessUsage.cpu(ProcessHandle.current().pid()).toNanos();
        this.sampler = new Thread(this::sample, "resident-memory-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    static ResourceWindow open(List<AppProcess> apps, Path postgresData) {
        return new ResourceWindow(apps, postgresData);
    }

    Usage close() {
        sampling.set(false);
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<AppUsage> usage = new ArrayList<>();
        for (int i = 0; i < apps.size(); i++) {
            AppProcess app = apps.get(i);
            int index = i;
            long[] resident = residentSamples.stream().mapToLong(sample -> sample[index]).toArray();
            long[] pauses = app.gcPausesSince(gcLogAtStart[i]).stream().mapToLong(ms -> Math.round(ms * 1e6))
                    .sorted().toArray();
            usage.add(new AppUsage(app.name(), seconds(ProcessUsage.cpu(app.pid()).toNanos() - cpuAtStart[i]),
                    Arrays.stream(resident).max().orElse(0), (long) Arrays.stream(resident).average().orElse(0),
                    pauses.length, pauses.length == 0 ? 0 : LatencyStats.percentile(pauses, 99) / 1e6,
                    pauses.length == 0 ? 0 : pauses[pauses.length - 1] / 1e6));
        }
        return new Usage(seconds(System.nanoTime() - started), usage,
                seconds(ProcessUsage.postgresCpu(postgresData).toNanos() - postgresCpuAtStart),
                seconds(ProcessUsage.cpu(ProcessHandle.current().pid()).toNanos() - benchCpuAtStart));
    }

    private void sample() {
        while (sampling.get()) {
            residentSamples.add(apps.stream().mapToLong(AppProcess::residentBytes).toArray());
            AppProcess.pause(SAMPLE_EVERY);
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
