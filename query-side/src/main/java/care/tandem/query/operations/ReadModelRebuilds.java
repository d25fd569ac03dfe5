package care.tandem.query.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Rebuilds read models from the first event on the feed while the query API keeps answering, and follows each rebuild
 * until the read model has handled every event the feed held when it started.
 * <p>
 * A rebuild shuts the read model's processor down, resets its tokens (its reset handler drops its collections) and
 * starts it again; every other read model keeps running untouched, and the rebuilt one answers from what it has rebuilt
 * so far. The read models are this instance's streaming processors, found at run time, so a new projection can be
 * rebuilt without being listed anywhere.
 * <p>
 * Progress goes to the log every {@link #LOG_EVERY} and at the end (read model name, percentage, events/s, time left;
 * never an event), to {@link ReadModelStatus}, and to gauges tagged with the read model.
 */
@Component
class ReadModelRebuilds {

    static final String PROGRESS_METRIC = "tandem.rebuild.progress";
    static final String RATE_METRIC = "tandem.rebuild.events.per.second";
    static final String REMAINING_METRIC = "tandem.rebuild.remaining.seconds";
    static final Duration LOG_EVERY = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuilds.class);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    private final EventProcessingConfiguration processing;
    private final KafkaFeed feed;
    private final DeadLetters deadLetters;
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();
    /** The latest rebuild of each read model since this instance started. */
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();
    /** Only touched by the one thread of {@link #worker}. */
    private final Map<String, Instant> lastLogged = new HashMap<>();
    /** Resets processors and follows rebuilds, one thing at a time, off the request threads. */
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "read-model-rebuilds");
        thread.setDaemon(true);
        return thread;
    });

    ReadModelRebuilds(EventProcessingConfiguration processing, KafkaFeed feed, DeadLetters deadLetters,
                      MeterRegistry meters) {
        this.processing = processing;
        this.feed = feed;
        this.deadLetters = deadLetters;
        this.meters = meters;
        worker.scheduleWithFixedDelay(this::followRebuilds, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(),
                                      TimeUnit.MILLISECONDS);
    }

    List<ReadModelStatus> statuses() {
        Optional<FeedExtent> feedNow = currentExtent();
        return readModels().values().stream().map(processor -> status(processor, feedNow)).toList();
    }

    /** The read models' names: their processing groups. */
    Set<String> names() {
        return readModels().keySet();
    }

    /** @throws ReadModelNotFoundException when there is no read model by that name */
    ReadModelStatus status(String readModel) {
        return status(processor(readModel), currentExtent());
    }

    /**
     * Starts rebuilding the read model and answers at once; the rebuild goes on in the background.
     *
     * @throws ReadModelNotFoundException  when there is no read model by that name
     * @throws RebuildInProgressException  when it is being rebuilt already
     * @throws FeedUnavailableException    when the brokers do not tell how far the feed reaches
     */
    ReadModelStatus rebuild(String readModel) {
        StreamingEventProcessor processor = processor(readModel);
        FeedExtent feedNow = feed.extent();
        start(processor, feedNow);
        return status(processor, Optional.of(feedNow));
    }

    /**
     * Starts rebuilding every read model not being rebuilt already.
     *
     * @return the read models whose rebuild started
     * @throws RebuildInProgressException when every one is being rebuilt already
     * @throws FeedUnavailableException   when the brokers do not tell how far the feed reaches
     */
    List<ReadModelStatus> rebuildAll() {
        SortedMap<String, StreamingEventProcessor> readModels = readModels();
        Set<String> alreadyRebuilding = rebuilding();
        if (!readModels.isEmpty() && alreadyRebuilding.containsAll(readModels.keySet())) {
            throw new RebuildInProgressException(alreadyRebuilding);
        }
        FeedExtent feedNow = feed.extent();
        List<ReadModelStatus> started = new ArrayList<>();
        for (StreamingEventProcessor processor : readModels.values()) {
            if (!alreadyRebuilding.contains(processor.getName())) {
                try {
                    start(processor, feedNow);
                    started.add(status(processor, Optional.of(feedNow)));
                } catch (RebuildInProgressException startedMeanwhile) {
                    // Another request started this one since: it is being rebuilt, as asked.
                }
            }
        }
        return started;
    }

    /** The read models being rebuilt now, in name order. */
    Set<String> rebuilding() {
        return rebuilds.values().stream()
                .filter(Rebuild::inProgress)
                .map(Rebuild::readModel)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private void start(StreamingEventProcessor processor, FeedExtent feedAtStart) {
        String readModel = processor.getName();
        Rebuild started = Rebuild.started(readModel, clock.instant(), feedAtStart);
        Rebuild current = rebuilds.compute(readModel, (name, previous) ->
                previous != null && previous.inProgress() ? previous : started);
        if (current != started) {
            throw new RebuildInProgressException(List.of(readModel));
        }
        registerGauges(readModel);
        log.info("Rebuilding read model {} from the first event: {} events on the feed", readModel,
                 feedAtStart.events());
        worker.execute(() -> resetAndRestart(processor));
    }

    private void resetAndRestart(StreamingEventProcessor processor) {
        String readModel = processor.getName();
        try {
            processor.shutDown();
            processor.resetTokens();
            rebuilds.computeIfPresent(readModel, (name, rebuild) -> rebuild.replaying());
        } catch (RuntimeException e) {
            log.warn("Rebuild of read model {} failed to reset its processor ({})", readModel, e.getClass().getName());
            rebuilds.computeIfPresent(readModel, (name, rebuild) -> rebuild.failed(clock.instant(), e.getClass()));
        } finally {
            // Even after a failed reset: a stopped processor would leave the read model behind for good.
            processor.start();
        }
    }

    private void followRebuilds() {
        try {
            rebuilds.values().stream()
                    .filter(rebuild -> rebuild.state() == Rebuild.State.REPLAYING)
                    .forEach(this::follow);
        } catch (RuntimeException e) {
            // A periodic task that throws is never run again; the next check may well succeed.
            log.warn("Following the rebuilds failed ({})", e.getClass().getName());
        }
    }

    private void follow(Rebuild rebuild) {
        String readModel = rebuild.readModel();
        StreamingEventProcessor processor = readModels().get(readModel);
        Optional<FeedPosition> position = processor == null ? Optional.empty()
                : FeedPosition.reachedBy(processor.processingStatus().values());
        if (position.isEmpty()) {
            // The processor is still claiming its segment after the restart.
            return;
        }
        Instant now = clock.instant();
        FeedExtent feedAtStart = rebuild.feedAtStart();
        Rebuild progressed = rebuild.progressed(new RebuildProgress(
                feedAtStart.handledAt(position.get()), feedAtStart.events(), Duration.between(rebuild.startedAt(), now)));
        rebuilds.replace(readModel, rebuild, progressed);
        if (progressed.state() == Rebuild.State.COMPLETED) {
            lastLogged.remove(readModel);
            log.info("Rebuilt read model {}: {} events in {} s, {} events/s", readModel,
                     progressed.progress().eventsToHandle(), progressed.progress().elapsed().toSeconds(),
                     oneDecimal(progressed.progress().eventsPerSecond()));
        } else if (!now.isBefore(lastLogged.getOrDefault(readModel, rebuild.startedAt()).plus(LOG_EVERY))) {
            lastLogged.put(readModel, now);
            RebuildProgress progress = progressed.progress();
            log.info("Rebuilding read model {}: {}% ({} of {} events), {} events/s, about {} s left", readModel,
                     oneDecimal(progress.percentage()), progress.eventsHandled(), progress.eventsToHandle(),
                     oneDecimal(progress.eventsPerSecond()),
                     progress.estimatedRemaining().map(left -> String.valueOf(left.toSeconds())).orElse("?"));
        }
    }

    private void registerGauges(String readModel) {
        gauge(PROGRESS_METRIC, readModel, "percent", "How much of the feed a rebuild has handled again",
              RebuildProgress::percentage);
        // The name says "per second" already; a base unit would repeat it in Prometheus' name.
        gauge(RATE_METRIC, readModel, null, "Events a rebuild handles per second, on average since its start",
              RebuildProgress::eventsPerSecond);
        gauge(REMAINING_METRIC, readModel, "seconds", "Estimated time until a rebuild completes",
              progress -> progress.estimatedRemaining().map(left -> left.toMillis() / 1000.0).orElse(Double.NaN));
    }

    /** Registered once per read model; Micrometer hands back the existing gauge on a later rebuild. */
    private void gauge(String metric, String readModel, String unit, String description,
                       ToDoubleFunction<RebuildProgress> value) {
        Gauge.builder(metric, () -> value.applyAsDouble(rebuilds.get(readModel).progress()))
                .tag(ProjectionLag.READ_MODEL_TAG, readModel)
                .baseUnit(unit)
                .description(description)
                .register(meters);
    }

    private ReadModelStatus status(StreamingEventProcessor processor, Optional<FeedExtent> feedNow) {
        Optional<FeedPosition> position = FeedPosition.reachedBy(processor.processingStatus().values());
        List<ReadModelStatus.Partition> partitions = feedNow.isPresent() && position.isPresent()
                ? partitions(feedNow.get(), position.get())
                : List.of();
        Long behind = partitions.isEmpty() ? null : feedNow.get().behind(position.get());
        Rebuild rebuild = rebuilds.get(processor.getName());
        return new ReadModelStatus(processor.getName(), processor.isRunning(), processor.isReplaying(), partitions,
                                   behind, deadLetters.count(processor.getName()),
                                   rebuild == null ? null : ReadModelStatus.RebuildStatus.of(rebuild), null);
    }

    private static List<ReadModelStatus.Partition> partitions(FeedExtent feedNow, FeedPosition position) {
        return feedNow.endOffsets().entrySet().stream()
                .map(end -> new ReadModelStatus.Partition(end.getKey(), feedNow.nextOffset(position, end.getKey()),
                                                          end.getValue()))
                .toList();
    }

    private Optional<FeedExtent> currentExtent() {
        try {
            return Optional.of(feed.extent());
        } catch (FeedUnavailableException e) {
            return Optional.empty();
        }
    }

    /** The error a segment of the read model's processor is failing on and backing off from, if any. */
    Optional<Throwable> failure(String readModel) {
        return processor(readModel).processingStatus().values().stream()
                .filter(EventTrackerStatus::isErrorState)
                .map(EventTrackerStatus::getError)
                .filter(Objects::nonNull)
                .findFirst();
    }

    private StreamingEventProcessor processor(String readModel) {
        SortedMap<String, StreamingEventProcessor> readModels = readModels();
        StreamingEventProcessor processor = readModels.get(readModel);
        if (processor == null) {
            throw new ReadModelNotFoundException(readModels.keySet());
        }
        return processor;
    }

    private SortedMap<String, StreamingEventProcessor> readModels() {
        SortedMap<String, StreamingEventProcessor> readModels = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                readModels.put(name, streaming);
            }
        });
        return readModels;
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
