package care.tandem.bench;

import care.tandem.bench.BenchResults.CellResult;
import care.tandem.bench.BenchResults.ThresholdResult;
import care.tandem.command.CommandSideApplication;
import care.tandem.command.plan.CareTeamPolicy;
import care.tandem.command.plan.OpenTreatmentPlan;
import care.tandem.command.plan.ScheduleSession;
import care.tandem.command.plan.TreatmentPlan;
import care.tandem.events.EventMetadata;
import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.GoalId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.GoalScope;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.Member;
import care.tandem.events.plan.MemberRole;
import care.tandem.events.plan.RecoveryGoalRevised;
import care.tandem.events.plan.RecoveryGoalSet;
import care.tandem.events.plan.SessionCancelled;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.UnitKind;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.boot.Banner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * One snapshot threshold: the real command-side application started with {@code tandem.snapshots.every-events} set
 * to it, on its own empty database; plans seeded to every history size; then the fresh-plan baseline and every size
 * measured interleaved, command by command, through Axon's {@link CommandGateway}.
 *
 * <p>A measured command is {@link ScheduleSession} of an INDIVIDUAL session: Axon's EventSourcingRepository loads the
 * plan (latest snapshot, then the events after it, through Tandem's Jackson serializer and upcaster chain), the
 * handler books the slot in PostgreSQL and appends one event, the transaction commits, and, when the count trigger
 * fires, Axon's snapshotter writes the new snapshot in the same thread before the command returns.
 *
 * <p>Histories are seeded without going through the aggregate (replaying every command would cost O(N^2) without
 * snapshots): the plan is opened by the real command, then the events of {@code SetRecoveryGoal} and
 * {@code ReviseRecoveryGoal} (or of {@code ScheduleSession} and {@code CancelSession}, see {@link BenchConfig.History})
 * are appended through Axon's own event store, serializer and JDBC engine: the rows those commands write. The snapshot a plan of that size would carry is
 * written by Axon's own snapshotter at a position spread evenly over the trigger's cycle, so the samples of a cell see
 * every distance from the last snapshot equally often, as a population of plans of about N events would.
 */
final class ThresholdRun {

    private static final String ACTOR = "c-bench";
    private static final GoalId GOAL = GoalId.of("g-1");
    private static final int APPEND_BATCH = 1_000;
    private static final String GOAL_TEXT = "Practise the agreed time-out signal during conflict and debrief it in the "
            + "next joint session; revision ";

    private final BenchConfig config;
    private final int threshold;
    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final PrintStream progress;
    private final Random random;
    private final Instant firstSlot = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    /** The run's checkpoint key, in a folder of its own: the store is the run's, so is the key. */
    private final Path integrityKey = temporaryFolder().resolve("checkpoint-signing-key.json");

    private CommandGateway commands;
    private EventStore eventStore;
    private Snapshotter snapshotter;
    private JdbcTemplate jdbc;
    private String aggregateType;
    private int plansOpened;

    ThresholdRun(BenchConfig config, int threshold, String jdbcUrl, String username, String password,
                 PrintStream progress) {
        this.config = config;
        this.threshold = threshold;
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.progress = progress;
        this.random = new Random(config.seed() ^ threshold);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("tandem-bench-integrity");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ThresholdResult run() {
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = startCommandSide()) {
            commands = context.getBean(CommandGateway.class);
            eventStore = context.getBean(EventStore.class);
            snapshotter = context.getBean(Snapshotter.class);
            jdbc = context.getBean(JdbcTemplate.class);
            if (context.getBeanNamesForType(EventUpcaster.class).length == 0) {
                throw new IllegalStateException("the command side started without Tandem's upcaster chain");
            }
            log("started in %.1f s", seconds(started));

            long seeding = System.nanoTime();
            Cell baseline = seedBaseline();
            Cell commitProbe = commitProbe();
            List<Cell> cells = new ArrayList<>();
            for (int size : config.historySizes()) {
                cells.add(seedCell(size));
            }
            log("seeded %d plans in %.1f s", plansOpened, seconds(seeding));

            long measuring = System.nanoTime();
            warmUp();
            System.gc();
            List<Cell> all = new ArrayList<>();
            all.add(baseline);
            all.add(commitProbe);
            all.addAll(cells);
            measureInterleaved(all, Cell::steadyStateSteps, Cell::steadyState);
            measureInterleaved(cells, this::snapshotWriteSteps, Cell::snapshotWrites);
            log("measured in %.1f s", seconds(measuring));

            List<CellResult> results = cells.stream().map(Cell::result).toList();
            return new ThresholdResult(threshold, LatencyStats.of(baseline.steadyState.toArray()),
                    baseline.steadyState.toArray(),
                    LatencyStats.of(commitProbe.steadyState.toArray()), results,
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private ConfigurableApplicationContext startCommandSide() {
        return CommandSideApplication.builder()
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                // Command-line arguments: they outrank command-side.yml, as an operator's settings would.
                .run("--spring.datasource.url=" + jdbcUrl,
                        "--spring.datasource.username=" + username,
                        "--spring.datasource.password=" + password,
                        "--tandem.snapshots.every-events=" + threshold,
                        "--tandem.integrity.signing-key-file=" + integrityKey,
                        "--tandem.privacy.master-key-file=" + integrityKey.resolveSibling("master-key.json"),
                        // Every command loads its plan from the store: what the snapshot threshold trades against.
                        // (The histories are also seeded behind the plan cache's back, as only the gateway knows.)
                        "--tandem.plan-cache.plans=0",
                        // The HTTP API is up (on a free port) as in production, though commands bypass it.
                        "--server.port=0",
                        // Required to start; never asked, as no request comes over HTTP.
                        "--tandem.security.issuer-uri=http://issuer.invalid",
                        // Kafka unreachable: commands never wait for it. The publisher (a tracking processor off the
                        // command path) and the topic provisioner retry in the background with back-off. A name that
                        // never resolves (RFC 6761) fails at once, where a refused port would hold every start-up for
                        // the provisioner's 5 s API timeout.
                        "--axon.kafka.bootstrap-servers=kafka.invalid:9092",
                        "--spring.jmx.enabled=false",
                        "--logging.level.root=WARN",
                        "--logging.level.org.springframework.core.annotation=ERROR",
                        "--logging.level.org.axonframework.eventhandling=ERROR",
                        "--logging.level.org.springdoc=ERROR",
                        "--logging.level.org.apache.kafka=ERROR",
                        "--logging.level.care.tandem.command.config.KafkaTopicProvisioner=ERROR");
    }

    // --- seeding ---------------------------------------------------------------------------------

    private Cell seedBaseline() {
        Cell cell = new Cell(1, config.baselineSamples(), 1);
        for (int i = 0; i < config.baselineSamples(); i++) {
            cell.plans.add(openPlan("f"));
        }
        return cell;
    }

    /**
     * Not a command: one single-row INSERT committed on its own, interleaved with the commands, so the report can show
     * what PostgreSQL's commit (fsync on) costs on this machine and how much it jitters.
     */
    private Cell commitProbe() {
        jdbc.execute("create table bench_commit_probe (id bigserial primary key, at timestamptz not null)");
        Cell cell = new Cell(0, config.baselineSamples(), 1);
        Plan none = new Plan(PlanId.of("probe"), ParticipantId.of("probe"), ClinicianId.of("probe"));
        for (int i = 0; i < config.baselineSamples(); i++) {
            cell.plans.add(none);
        }
        return cell;
    }

    private Cell seedCell(int size) {
        boolean snapshotted = snapshotsReach(size);
        int perPlan = config.commandsPerPlan(size);
        long replayedPerCommand = snapshotted ? Math.max(1, (threshold - 1) / 2) : size;
        long affordable = Math.max(config.minSamplesPerCell(), config.replayBudgetPerCell() / replayedPerCommand);
        int samples = (int) Math.min(config.samplesPerCell(), affordable);
        int plans = Math.max(1, (samples + perPlan - 1) / perPlan);
        Cell cell = new Cell(size, plans * perPlan, perPlan);
        for (int j = 0; j < plans; j++) {
            Plan plan = openPlan("h" + size);
            if (snapshotted) {
                // Distance from the last snapshot, spread evenly over 0 .. threshold-2: the trigger fires when a
                // command's aggregate has seen `threshold` messages (the snapshot, the events after it, the new event).
                long behind = (long) Math.floor((j + 0.5) * (threshold - 1) / plans);
                appendHistory(plan, size - 1 - behind);
                takeSnapshot(plan);
            }
            appendHistory(plan, size - 1);
            cell.plans.add(plan);
        }
        return cell;
    }

    /** Whether plans of this size carry snapshots: they reached the threshold on their way to this size. */
    private boolean snapshotsReach(int size) {
        return threshold != BenchConfig.NO_SNAPSHOTS && size >= threshold;
    }

    private Plan openPlan(String kind) {
        int n = plansOpened++;
        Plan plan = new Plan(PlanId.of("p" + kind + "-" + n), ParticipantId.of("pa-" + n), ClinicianId.of("c-" + n));
        send(new OpenTreatmentPlan(plan.id, UnitKind.COUPLE, List.of(
                new Member(plan.partner, "Alex", MemberRole.PARTNER, false, List.of()),
                new Member(ParticipantId.of("pb-" + n), "Sam", MemberRole.PARTNER, false, List.of())),
                plan.clinician, LevelOfCare.IOP_ADULT, Instant.now()));
        if (aggregateType == null) {
            aggregateType = jdbc.queryForObject("select type from domainevententry where aggregateidentifier = ? "
                    + "and sequencenumber = 0", String.class, plan.id.value());
        }
        return plan;
    }

    /**
     * Appends events up to sequence number {@code lastSequence}: those of SetRecoveryGoal then ReviseRecoveryGoal, or
     * of ScheduleSession and CancelSession in turn (sessions in the past, so they hold no booking).
     */
    private void appendHistory(Plan plan, long lastSequence) {
        List<DomainEventMessage<?>> batch = new ArrayList<>(APPEND_BATCH);
        for (long seq = plan.lastSequence + 1; seq <= lastSequence; seq++) {
            Instant at = Instant.now();
            Object payload = switch (config.history()) {
                case GOALS -> plan.goalSet
                        ? new RecoveryGoalRevised(plan.id, GOAL, null, GOAL_TEXT + seq, plan.clinician, at)
                        : new RecoveryGoalSet(plan.id, GOAL, GoalScope.SHARED, null, GOAL_TEXT + 0, plan.clinician, at);
                case SESSIONS -> plan.openSeededSession != null
                        ? new SessionCancelled(plan.id, plan.openSeededSession, CancellationReason.CLIENT_REQUEST, at)
                        : new SessionScheduled(plan.id, SessionId.of("h-" + plan.seededSessions),
                        SessionKind.INDIVIDUAL, firstSlot.minus(plan.seededSessions + 24L, ChronoUnit.HOURS), 50,
                        plan.clinician, List.of(plan.partner), LocationMode.NOT_RECORDED, null, null);
            };
            if (payload instanceof RecoveryGoalSet) {
                plan.goalSet = true;
            } else if (payload instanceof SessionScheduled scheduled) {
                plan.openSeededSession = scheduled.sessionId();
                plan.seededSessions++;
            } else if (payload instanceof SessionCancelled) {
                plan.openSeededSession = null;
            }
            batch.add(new GenericDomainEventMessage<>(aggregateType, plan.id.value(), seq, payload, Map.of(
                    EventMetadata.ACTOR, plan.clinician.value(),
                    EventMetadata.CORRELATION_ID, UUID.randomUUID().toString(),
                    EventMetadata.CAUSATION_ID, UUID.randomUUID().toString(),
                    EventMetadata.RECORDED_AT, at.toString())));
            if (batch.size() == APPEND_BATCH) {
                eventStore.publish(batch);
                batch = new ArrayList<>(APPEND_BATCH);
            }
        }
        if (!batch.isEmpty()) {
            eventStore.publish(batch);
        }
        plan.lastSequence = Math.max(plan.lastSequence, lastSequence);
    }

    /** Axon's own snapshotter, synchronously (its default direct executor), as the trigger would run it. */
    private void takeSnapshot(Plan plan) {
        snapshotter.scheduleSnapshot(TreatmentPlan.class, plan.id.value());
        plan.snapshotSequence = snapshotSequence(plan);
        if (plan.snapshotSequence != plan.lastSequence) {
            throw new IllegalStateException("no snapshot of " + plan.id + " at " + plan.lastSequence);
        }
    }

    private long snapshotSequence(Plan plan) {
        Long seq = jdbc.queryForObject("select max(sequencenumber) from snapshotevententry where aggregateidentifier = ?",
                Long.class, plan.id.value());
        return seq == null ? -1 : seq;
    }

    // --- measuring -------------------------------------------------------------------------------

    /** Unmeasured commands on a fresh plan and on a 1,000-event plan, so the JIT has compiled the paths measured. */
    private void warmUp() {
        int size = Math.min(1_000, config.historySizes().stream().mapToInt(Integer::intValue).max().orElse(2));
        Plan fresh = openPlan("w");
        Plan longer = openPlan("w");
        appendHistory(longer, size - 1);
        if (snapshotsReach(size)) {
            takeSnapshot(longer);
        }
        for (int i = 0; i < config.warmupCommands(); i++) {
            command(i % 2 == 0 ? fresh : longer);
        }
    }

    private void measureInterleaved(List<Cell> cells, Function<Cell, Deque<Plan>> steps,
                                    Function<Cell, Samples> into) {
        List<Cell> pending = new ArrayList<>(cells);
        Map<Cell, Deque<Plan>> queues = new IdentityHashMap<>();
        cells.forEach(cell -> queues.put(cell, steps.apply(cell)));
        pending.removeIf(cell -> queues.get(cell).isEmpty());
        while (!pending.isEmpty()) {
            Collections.shuffle(pending, random);
            for (Cell cell : pending) {
                Plan plan = queues.get(cell).poll();
                long before = plan.snapshotSequence;
                long nanos = cell.size == 0 ? commitOnly() : command(plan);
                into.apply(cell).add(nanos, plan.snapshotSequence != before);
            }
            pending.removeIf(cell -> queues.get(cell).isEmpty());
        }
    }

    /**
     * For cells whose plans carry snapshots: some plans moved to one event short of the trigger, so that their next
     * command is the one that writes a snapshot.
     */
    private Deque<Plan> snapshotWriteSteps(Cell cell) {
        Deque<Plan> steps = new ArrayDeque<>();
        if (!snapshotsReach(cell.size)) {
            return steps;
        }
        int count = Math.min(config.snapshotWriteSamples(), cell.plans.size());
        for (int i = 0; i < count; i++) {
            Plan plan = cell.plans.get(i * cell.plans.size() / count);
            long behind = plan.lastSequence - plan.snapshotSequence;
            long toAppend = (threshold - 2) - behind;
            if (toAppend < 0) {
                throw new IllegalStateException(plan.id + " is " + behind + " events past its snapshot");
            }
            appendHistory(plan, plan.lastSequence + toAppend);
            steps.add(plan);
        }
        return steps;
    }

    /** The measured command; returns its latency and records whether it wrote a snapshot. */
    private long command(Plan plan) {
        int session = plan.sessions++;
        ScheduleSession command = new ScheduleSession(plan.id, SessionId.of("s-" + session), SessionKind.INDIVIDUAL,
                firstSlot.plus(session, ChronoUnit.HOURS), 50, plan.clinician, List.of(plan.partner),
                LocationMode.NOT_RECORDED, null);
        long nanos = send(command);
        plan.lastSequence++;
        if (threshold != BenchConfig.NO_SNAPSHOTS) {
            plan.snapshotSequence = snapshotSequence(plan);
        }
        return nanos;
    }

    private long commitOnly() {
        long start = System.nanoTime();
        jdbc.update("insert into bench_commit_probe (at) values (now())");
        return System.nanoTime() - start;
    }

    private long send(Object command) {
        // As a machine client trusted with every plan sends it (plans.write), so the care team admits it.
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(
                EventMetadata.ACTOR, ACTOR,
                CareTeamPolicy.REACHES_ALL_PLANS, "true",
                EventMetadata.CORRELATION_ID, UUID.randomUUID().toString(),
                EventMetadata.RECORDED_AT, Instant.now().toString()));
        long start = System.nanoTime();
        commands.sendAndWait(message);
        return System.nanoTime() - start;
    }

    private void log(String format, Object... args) {
        progress.printf("[snapshots every %s] %s%n", BenchConfig.label(threshold), String.format(format, args));
        progress.flush();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    // --- state -----------------------------------------------------------------------------------

    private static final class Plan {
        final PlanId id;
        final ParticipantId partner;
        final ClinicianId clinician;
        long lastSequence;
        long snapshotSequence = -1;
        int sessions;
        boolean goalSet;
        int seededSessions;
        SessionId openSeededSession;

        Plan(PlanId id, ParticipantId partner, ClinicianId clinician) {
            this.id = id;
            this.partner = partner;
            this.clinician = clinician;
        }
    }

    private static final class Samples {
        private final long[] nanos;
        private int count;
        private int snapshotWrites;

        Samples(int capacity) {
            nanos = new long[capacity];
        }

        void add(long latency, boolean wroteSnapshot) {
            nanos[count++] = latency;
            if (wroteSnapshot) {
                snapshotWrites++;
            }
        }

        long[] toArray() {
            return Arrays.copyOf(nanos, count);
        }
    }

    private final class Cell {
        final int size;
        final int commandsPerPlan;
        final List<Plan> plans = new ArrayList<>();
        final Samples steadyState;
        final Samples snapshotWrites;

        Cell(int size, int samples, int commandsPerPlan) {
            this.size = size;
            this.commandsPerPlan = commandsPerPlan;
            this.steadyState = new Samples(samples);
            this.snapshotWrites = new Samples(config.snapshotWriteSamples());
        }

        Samples steadyState() {
            return steadyState;
        }

        Samples snapshotWrites() {
            return snapshotWrites;
        }

        /** Command i of every plan before command i+1 of any: a plan's consecutive commands are spread over the run. */
        Deque<Plan> steadyStateSteps() {
            Deque<Plan> steps = new ArrayDeque<>();
            for (int i = 0; i < commandsPerPlan; i++) {
                steps.addAll(plans);
            }
            return steps;
        }

        CellResult result() {
            LatencyStats writes = null;
            if (snapshotWrites.count > 0) {
                if (snapshotWrites.snapshotWrites != snapshotWrites.count) {
                    throw new IllegalStateException(
                            (snapshotWrites.count - snapshotWrites.snapshotWrites) + " of the commands placed to write "
                                    + "a snapshot at N=" + size + " wrote none");
                }
                writes = LatencyStats.of(snapshotWrites.toArray());
            }
            return new CellResult(size, LatencyStats.of(steadyState.toArray()), steadyState.snapshotWrites,
                    plans.size(), commandsPerPlan, writes);
        }
    }
}
