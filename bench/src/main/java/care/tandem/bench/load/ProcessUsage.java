package care.tandem.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/** What Linux says a process costs: {@code /proc/<pid>/status} for memory, {@code /proc/<pid>/stat} for CPU. */
final class ProcessUsage {

    private ProcessUsage() {
    }

    /** {@code VmRSS} in bytes; 0 once the process is gone. */
    static long residentBytes(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc/" + pid + "/status"))) {
            return lines.filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.replaceAll("\\D", ""))
                    .mapToLong(kilobytes -> Long.parseLong(kilobytes) * 1024)
                    .findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }

    /** User plus system CPU time of the process so far. */
    static Duration cpu(long pid) {
        return ProcessHandle.of(pid).flatMap(process -> process.info().totalCpuDuration()).orElse(Duration.ZERO);
    }

    /**
     * CPU time of a PostgreSQL server: the postmaster (its pid is the first line of {@code postmaster.pid}) and its
     * children, the pooled connections' backends among them. A backend that exited takes its time with it, which
     * pooled connections do not.
     */
    static Duration postgresCpu(Path dataDirectory) {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
            return ProcessHandle.of(postmaster).stream()
                    .flatMap(server -> Stream.concat(Stream.of(server), server.descendants()))
                    .map(process -> process.info().totalCpuDuration().orElse(Duration.ZERO))
                    .reduce(Duration.ZERO, Duration::plus);
        } catch (IOException | RuntimeException e) {
            return Duration.ZERO;
        }
    }
}
