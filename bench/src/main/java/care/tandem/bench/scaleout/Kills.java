package care.tandem.bench.scaleout;

import care.tandem.bench.ChildJvm;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Kills spaced evenly under load, each after a pause, remembered with the moment it happened. */
final class Kills {

    /** What a kill took down: the process's name, and its process id when it is an app (0 for a Kafka node). */
    record Killed(String process, long pid) {
    }

    private final Duration between;
    private final PrintStream progress;
    private final long started = System.nanoTime();
    private final List<ScaleOutResults.Kill> done = new ArrayList<>();

    Kills(Duration between, PrintStream progress) {
        this.between = between;
        this.progress = progress;
    }

    void kill(String what, Supplier<Killed> kill) {
        ChildJvm.pause(between);
        Killed killed = kill.get();
        double at = (System.nanoTime() - started) / 1e9;
        done.add(new ScaleOutResults.Kill(what, killed.process(), killed.pid(), at));
        progress.printf("%.0f s: killed %s (%s)%n", at, killed.process(), what);
    }

    List<ScaleOutResults.Kill> done() {
        return List.copyOf(done);
    }
}
