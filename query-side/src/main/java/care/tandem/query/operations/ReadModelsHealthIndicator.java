package care.tandem.query.operations;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/**
 * {@code readModels} in the query side's health and readiness: out of service until the read models have caught up
 * with the events the feed held at start ({@link StartupCatchUp}), then down while any read model is stalled, naming
 * it and why, so an orchestrator and an operator see what the answers alone would hide. A read model that is merely
 * behind, or rebuilding on an operator's request, is up.
 */
@Component("readModelsHealthIndicator")
class ReadModelsHealthIndicator extends AbstractHealthIndicator {

    private final ReadModelHealth readModels;
    private final StartupCatchUp startupCatchUp;

    ReadModelsHealthIndicator(ReadModelHealth readModels, StartupCatchUp startupCatchUp) {
        super("Read model health check failed");
        this.readModels = readModels;
        this.startupCatchUp = startupCatchUp;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        Map<String, ReadModelStatus.Health> stalled = readModels.stalled();
        stalled.forEach((readModel, verdict) -> health.withDetail(readModel, verdict.reason()));
        Optional<Long> toGo = startupCatchUp.eventsToGo();
        boolean catchingUp = toGo.isEmpty() || toGo.get() > 0;
        if (catchingUp) {
            health.withDetail("catchingUp", toGo.map(events -> events
                            + " events of the feed as it was at start still to handle")
                    .orElse("waiting for the brokers to tell how far the feed reaches"));
        }
        if (!stalled.isEmpty()) {
            health.down();
        } else if (catchingUp) {
            health.outOfService();
        } else {
            health.up();
        }
    }
}
