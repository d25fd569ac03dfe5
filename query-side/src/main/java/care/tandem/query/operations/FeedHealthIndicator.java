package care.tandem.query.operations;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Kafka as the query side needs it. DOWN until the brokers have answered once, which keeps the instance out of
 * readiness while it starts. After that it stays UP and tells in its details whether they answer now: the read models
 * keep answering from MongoDB while Kafka is away (only falling behind, see {@value ConsumerLag#METRIC}), so an outage
 * must not take the query API out of service.
 */
@Component("kafkaHealthIndicator")
class FeedHealthIndicator extends AbstractHealthIndicator {

    private final KafkaFeed feed;
    private final AtomicBoolean answeredSinceStart = new AtomicBoolean();

    FeedHealthIndicator(KafkaFeed feed) {
        super("Kafka health check failed");
        this.feed = feed;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        boolean answers = answers();
        if (answers) {
            answeredSinceStart.set(true);
        }
        if (answeredSinceStart.get()) {
            health.up().withDetail("answeredSinceStart", true).withDetail("answersNow", answers);
        } else {
            health.down().withDetail("answeredSinceStart", false);
        }
    }

    private boolean answers() {
        try {
            feed.extent();
            return true;
        } catch (FeedUnavailableException e) {
            return false;
        }
    }
}
