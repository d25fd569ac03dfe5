package care.tandem.query.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@value #METRIC}: per read model, the events on the Kafka feed it has not handled yet. Measured every
 * {@value #EVERY_SECONDS} s in the background rather than on each scrape, since it asks the brokers for the partitions'
 * end offsets; NaN while the brokers do not answer, so a dashboard shows a gap instead of a stale figure.
 */
@Component
class ConsumerLag {

    static final String METRIC = "tandem.kafka.consumer.lag";
    private static final int EVERY_SECONDS = 10;

    private final ReadModelRebuilds readModels;
    private final MeterRegistry meters;
    private final Map<String, AtomicReference<Double>> lagByReadModel = new ConcurrentHashMap<>();
    private final ScheduledExecutorService measuring = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "consumer-lag");
        thread.setDaemon(true);
        return thread;
    });

    ConsumerLag(ReadModelRebuilds readModels, MeterRegistry meters) {
        this.readModels = readModels;
        this.meters = meters;
        measuring.scheduleWithFixedDelay(this::measure, 0, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    void measure() {
        try {
            readModels.statuses().forEach(status -> lagOf(status.name()).set(
                    status.eventsBehind() == null ? Double.NaN : status.eventsBehind().doubleValue()));
        } catch (RuntimeException e) {
            // A periodic task that throws is never run again; the brokers may well answer next time.
            lagByReadModel.values().forEach(lag -> lag.set(Double.NaN));
        }
    }

    private AtomicReference<Double> lagOf(String readModel) {
        return lagByReadModel.computeIfAbsent(readModel, name -> {
            AtomicReference<Double> lag = new AtomicReference<>(Double.NaN);
            Gauge.builder(METRIC, lag, AtomicReference::get)
                    .description("Events on the Kafka feed the read model has not handled yet")
                    .baseUnit("events")
                    .tag(ProjectionLag.READ_MODEL_TAG, name)
                    .register(meters);
            return lag;
        });
    }

    @PreDestroy
    void stop() {
        measuring.shutdownNow();
    }
}
