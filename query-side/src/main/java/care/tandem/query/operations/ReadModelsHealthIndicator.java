package care.tandem.query.operations;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * {@code readModels} in the query side's health and readiness: down while any read model is stalled, naming it and
 * why, so an orchestrator and an operator see what the answers alone would hide. A read model that is merely behind,
 * or rebuilding, is up.
 */
@Component("readModelsHealthIndicator")
class ReadModelsHealthIndicator extends AbstractHealthIndicator {

    private final ReadModelHealth readModels;

    ReadModelsHealthIndicator(ReadModelHealth readModels) {
        super("Read model health check failed");
        this.readModels = readModels;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        Map<String, ReadModelStatus.Health> stalled = readModels.stalled();
        if (stalled.isEmpty()) {
            health.up();
        } else {
            stalled.forEach((readModel, verdict) -> health.withDetail(readModel, verdict.reason()));
            health.down();
        }
    }
}
