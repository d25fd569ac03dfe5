package care.tandem.bench.rebuild;

import java.lang.management.ManagementFactory;

/** CPU time of this JVM, every thread of it, in seconds. */
final class CpuTime {

    private CpuTime() {
    }

    static double seconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }
}
