package care.tandem.command.metrics;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Kafka as the command side needs it. DOWN until the cluster has answered once, which keeps the instance out of
 * readiness while it starts. After that it stays UP and tells in its details whether the cluster answers now: events
 * wait in PostgreSQL while Kafka is away, so an outage must not take the command API out of service (watch
 * {@value EventFlowMetrics#PUBLISHER_LAG} for it instead).
 */
@Component("kafka")
class KafkaHealthIndicator extends AbstractHealthIndicator {

    private static final int TIMEOUT_MS = 2_000;

    private final String bootstrapServers;
    private final AtomicReference<Instant> firstAnswer = new AtomicReference<>();

    KafkaHealthIndicator(KafkaProperties kafka) {
        super("Kafka health check failed");
        this.bootstrapServers = String.join(",", kafka.getBootstrapServers());
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        boolean answers = answers();
        if (answers) {
            firstAnswer.compareAndSet(null, Instant.now());
        }
        Instant answeredFirst = firstAnswer.get();
        if (answeredFirst == null) {
            health.down().withDetail("answeredSinceStart", false);
        } else {
            health.up().withDetail("answeredSinceStart", true).withDetail("answersNow", answers);
        }
    }

    private boolean answers() {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS))) {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS)).clusterId()
                    .get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }
}
