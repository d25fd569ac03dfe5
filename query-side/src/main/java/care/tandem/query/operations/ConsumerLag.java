package care.tandem.query.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@value #METRIC}: per read model, the events on the Kafka feed it has not handled yet. Set from the statuses that
 * {@link ReadModelHealth} takes every few seconds rather than on each scrape, since they ask the brokers for the
 * partitions' end offsets; NaN while the brokers do not answer, so a dashboard shows a gap instead of a stale figure.
 */
@Component
class ConsumerLag {

    static final String METRIC = "tandem.kafka.consumer.lag";

    private final MeterRegistry meters;
    private final Map<String, AtomicReference<Double>> lagByReadModel = new ConcurrentHashMap<>();

    ConsumerLag(MeterRegistry meters) {
        this.meters = meters;
    }

    void measured(List<ReadModelStatus> statuses) {
        statuses.forEach(status -> lagOf(status.name()).set(
                status.eventsBehind() == null ? Double.NaN : status.eventsBehind().doubleValue()));
    }

    /** The statuses could not be taken: nothing is known of any read model's lag. */
    void unknown() {
        lagByReadModel.values().forEach(lag -> lag.set(Double.NaN));
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
}
