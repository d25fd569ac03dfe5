package care.tandem.query.operations;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** MongoDB, where every read model and the processors' positions live: UP while it answers a ping. */
@Component
class MongoHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;

    MongoHealthIndicator(MongoDatabase tandemDatabase) {
        super("MongoDB health check failed");
        this.database = tandemDatabase;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        database.runCommand(new Document("ping", 1));
        health.up().withDetail("database", database.getName());
    }
}
