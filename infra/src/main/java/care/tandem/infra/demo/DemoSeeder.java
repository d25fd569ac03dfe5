package care.tandem.infra.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

/**
 * Seeds a running platform with the demo program: the data directory's own program if it was seeded before
 * (see {@link DemoMarker}), else a new one ending this week, recorded before its first request is sent.
 */
public final class DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    /**
     * The program's clinical supervisor, on every demo plan's care team: the embedded issuer's demo clinician
     * account, so the dashboard shows the whole demo program to it.
     */
    public static final String CLINICAL_SUPERVISOR = "c-demo-supervisor";
    /**
     * The partner the embedded issuer's demo participant account is bound to: in a couple that consented to share
     * summaries (every demo program has it), so their record shows consents and what was shared.
     */
    public static final String DEMO_PARTICIPANT = "demo-couple-04-a";

    /** The script that was sent and how the run went. */
    public record Seeded(DemoScript script, DemoRun run) {
    }

    private final Path dataDirectory;
    private final DemoRunner runner;
    private final Clock clock;

    public DemoSeeder(Path dataDirectory, DemoRunner runner, Clock clock) {
        this.dataDirectory = dataDirectory;
        this.runner = runner;
        this.clock = clock;
    }

    public Seeded seed(long seed, DemoSize size, ZoneId clinicZone) {
        DemoProgram program = DemoMarker.read(dataDirectory).map(stored -> {
            if (stored.seed() != seed) {
                throw new IllegalStateException("This data directory holds the demo program of seed " + stored.seed()
                        + ", not " + seed + "; use that seed or another data directory (TANDEM_DATA_DIR)");
            }
            log.info("The data directory holds the demo program of seed {} from {}: sending its script again, "
                    + "answered from the stored answers", stored.seed(), stored.firstMonday());
            return stored;
        }).orElseGet(() -> {
            DemoProgram fresh = DemoProgram.endingThisWeek(seed, size, clinicZone, clock);
            DemoMarker.write(dataDirectory, fresh);
            return fresh;
        });
        DemoScript script = DemoScript.of(program);
        log.info("Seeding the demo program (seed {}): {} plans over {} weeks from {}, {} commands", program.seed(),
                script.plans().size(), program.size().weeks(), program.firstMonday(), script.steps().size());
        DemoRun run = runner.run(script.steps());
        log.info("Seeded {} commands in {} s ({} answered from stored answers)", run.commands(),
                run.took().toSeconds(), run.replayed());
        return new Seeded(script, run);
    }
}
