package care.tandem.infra.demo;

import java.time.Duration;

/** How a run of the demo script went: commands sent, how many the command side answered from stored answers. */
public record DemoRun(int commands, int replayed, Duration took) {

    public double commandsPerSecond() {
        return commands / Math.max(0.001, took.toMillis() / 1000.0);
    }
}
