package care.tandem.command.config;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A plan is snapshotted every N events, so loading it reads the latest snapshot and at most N events
 * instead of a whole IOP's history. N is configuration because it is a trade-off to measure: snapshot
 * writes against replay time.
 */
@Configuration
class SnapshotConfig {

    @Bean
    SnapshotTriggerDefinition treatmentPlanSnapshotTrigger(Snapshotter snapshotter,
                                                           @Value("${tandem.snapshots.every-events}") int everyEvents) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, everyEvents);
    }
}
