package care.tandem.query.operations;

import care.tandem.query.readmodel.InconsistentStoreException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Whether each read model keeps up, judged every {@value #EVERY_SECONDS} s from its position on the feed and its
 * processor (statuses that also give {@link ConsumerLag} its figures): {@code STALLED} when its processor is failing
 * and backing off, or when it has not moved for {@code tandem.read-models.stalled-after} while events wait for it,
 * however few. The verdicts feed the status, the query side's readiness, the gauge {@value #METRIC}, and the header
 * that marks stale answers. A read model failing on an {@link InconsistentStoreException} is rebuilt by itself.
 */
@Component
class ReadModelHealth {

    static final String METRIC = "tandem.read.model.stalled";
    private static final int EVERY_SECONDS = 2;
    /** A read model behind for longer than this makes its answers stale: under load every one trails by a moment. */
    private static final Duration STALE_AFTER = Duration.ofSeconds(5);
    private static final String KAFKA = "org.apache.kafka.";
    private static final Duration SELF_REBUILD_EVERY = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(ReadModelHealth.class);

    private final ReadModelRebuilds readModels;
    private final ConsumerLag consumerLag;
    private final MeterRegistry meters;
    private final Duration stalledAfter;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Tracked> tracked = new ConcurrentHashMap<>();
    private final ScheduledExecutorService judging = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "read-model-health");
        thread.setDaemon(true);
        return thread;
    });

    ReadModelHealth(ReadModelRebuilds readModels, ConsumerLag consumerLag, MeterRegistry meters,
                    @Value("${tandem.read-models.stalled-after:60s}") Duration stalledAfter) {
        this.readModels = readModels;
        this.consumerLag = consumerLag;
        this.meters = meters;
        this.stalledAfter = stalledAfter;
    }

    /** From the moment the application is ready: Axon starts the processors before, never after. */
    @EventListener(ApplicationReadyEvent.class)
    void startJudging() {
        judging.scheduleWithFixedDelay(this::judge, 0, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    /** The latest verdict on the read model; CURRENT until the first judgement. */
    ReadModelStatus.Health verdict(String readModel) {
        Tracked read = tracked.get(readModel);
        return read == null ? ReadModelStatus.Health.CURRENT_NOW : read.verdict;
    }

    Map<String, ReadModelStatus.Health> stalled() {
        return tracked.entrySet().stream()
                .filter(entry -> entry.getValue().verdict.state() == ReadModelStatus.State.STALLED)
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().verdict));
    }

    /**
     * The read models whose answers are stale now, told for a header: {@code schedule (26 events behind for 12 s)},
     * {@code weekly-hours (stalled: ...; 3 events parked)}; empty when every one is current.
     */
    Optional<String> staleness() {
        Instant now = clock.instant();
        String stale = tracked.entrySet().stream()
                .filter(entry -> entry.getValue().isStale(now))
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + " (" + entry.getValue().describe(now) + ")")
                .collect(Collectors.joining(", "));
        return stale.isEmpty() ? Optional.empty() : Optional.of(stale);
    }

    void judge() {
        List<ReadModelStatus> statuses;
        try {
            statuses = readModels.statuses();
        } catch (RuntimeException e) {
            // A periodic task that throws is never run again; the feed may well answer next time.
            consumerLag.unknown();
            return;
        }
        consumerLag.measured(statuses);
        try {
            Instant now = clock.instant();
            for (ReadModelStatus status : statuses) {
                Tracked read = tracked.computeIfAbsent(status.name(), name -> {
                    Tracked fresh = new Tracked(now);
                    Gauge.builder(METRIC, fresh, t -> t.verdict.state() == ReadModelStatus.State.STALLED ? 1 : 0)
                            .description("1 while the read model is not advancing (failing, or idle with events "
                                    + "waiting), else 0")
                            .tag(ProjectionLag.READ_MODEL_TAG, name)
                            .register(meters);
                    return fresh;
                });
                Optional<Throwable> failure = readModels.failure(status.name());
                read.observe(status, failure, now, stalledAfter);
                if (failure.filter(ReadModelHealth::isInconsistentStore).isPresent()) {
                    rebuildBySelf(status.name(), read, now);
                }
            }
        } catch (RuntimeException e) {
            // A periodic task that throws is never run again; the feed may well answer next time.
        }
    }

    private static boolean isInconsistentStore(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InconsistentStoreException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A read model whose store holds documents no write can get past is rebuilt from the feed, as an operator would,
     * at most once per {@link #SELF_REBUILD_EVERY}: read models are disposable, the feed is kept forever.
     */
    private void rebuildBySelf(String readModel, Tracked read, Instant now) {
        if (read.selfRebuiltAt != null && Duration.between(read.selfRebuiltAt, now).compareTo(SELF_REBUILD_EVERY) < 0) {
            return;
        }
        read.selfRebuiltAt = now;
        log.warn("Read model {} is stuck on documents its store holds inconsistently: rebuilding it by itself",
                 readModel);
        try {
            readModels.rebuild(readModel);
        } catch (RebuildInProgressException | FeedUnavailableException e) {
            log.warn("The rebuild of read model {} did not start ({}); trying again later", readModel,
                     e.getClass().getSimpleName());
            read.selfRebuiltAt = null;
        }
    }

    @PreDestroy
    void stop() {
        judging.shutdownNow();
    }

    /** One read model's last judgement, and what it is judged against: when its position last moved. */
    private static final class Tracked {

        private volatile ReadModelStatus.Health verdict = ReadModelStatus.Health.CURRENT_NOW;
        private volatile long deadLetters;
        private volatile long eventsBehind;
        private long position = -1;
        private Instant lastAdvanced;
        private volatile Instant behindSince;
        private boolean seenRunning;
        private Instant selfRebuiltAt;

        Tracked(Instant now) {
            this.lastAdvanced = now;
        }

        void observe(ReadModelStatus status, Optional<Throwable> failure, Instant now, Duration stalledAfter) {
            long reached = status.partitions().stream().mapToLong(ReadModelStatus.Partition::nextOffset).sum();
            if (reached != position) {
                position = reached;
                lastAdvanced = now;
            }
            deadLetters = status.deadLetters();
            Long behind = status.eventsBehind();
            eventsBehind = behind == null ? 0 : behind;
            boolean waiting = behind != null && behind > 0;
            behindSince = waiting ? (behindSince == null ? now : behindSince) : null;
            List<String> stuckAt = status.partitions().stream()
                    .filter(partition -> partition.nextOffset() < partition.endOffset())
                    .map(partition -> "partition " + partition.partition() + ", offset " + partition.nextOffset())
                    .toList();
            boolean rebuilding = status.rebuild() != null && status.rebuild().state() != Rebuild.State.COMPLETED
                    && status.rebuild().state() != Rebuild.State.FAILED;
            Optional<Throwable> fault = failure.filter(error -> !error.getClass().getName().startsWith(KAFKA));
            Duration idle = Duration.between(lastAdvanced, now);
            seenRunning |= status.running();
            if (!status.running() && seenRunning && !rebuilding) {
                verdict = new ReadModelStatus.Health(ReadModelStatus.State.STALLED, "its processor is not running",
                                                     lastAdvanced, stuckAt);
            } else if (fault.isPresent()) {
                verdict = new ReadModelStatus.Health(ReadModelStatus.State.STALLED, "failing on "
                        + fault.get().getClass().getName() + " and retrying with back-off", lastAdvanced, stuckAt);
            } else if (waiting && idle.compareTo(stalledAfter) > 0) {
                verdict = new ReadModelStatus.Health(ReadModelStatus.State.STALLED, "no progress for "
                        + idle.toSeconds() + " s with " + behind + " events waiting", lastAdvanced, stuckAt);
            } else if (rebuilding) {
                verdict = new ReadModelStatus.Health(ReadModelStatus.State.REBUILDING, null, lastAdvanced, List.of());
            } else if (waiting) {
                verdict = new ReadModelStatus.Health(ReadModelStatus.State.BEHIND, null, lastAdvanced, List.of());
            } else {
                verdict = new ReadModelStatus.Health(ReadModelStatus.State.CURRENT, null, lastAdvanced, List.of());
            }
        }

        boolean isStale(Instant now) {
            return verdict.state() == ReadModelStatus.State.STALLED || deadLetters > 0
                    || (behindSince != null && Duration.between(behindSince, now).compareTo(STALE_AFTER) > 0);
        }

        String describe(Instant now) {
            StringBuilder told = new StringBuilder();
            if (verdict.state() == ReadModelStatus.State.STALLED) {
                told.append("stalled: ").append(verdict.reason());
            } else if (behindSince != null) {
                told.append(eventsBehind).append(" events behind for ")
                        .append(Duration.between(behindSince, now).toSeconds()).append(" s");
            }
            if (deadLetters > 0) {
                told.append(told.isEmpty() ? "" : "; ").append(deadLetters).append(" events parked");
            }
            return told.toString();
        }
    }
}
