package care.tandem.query.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A MongoDB wire-protocol server in memory, reached through the real driver, one per test class. It indexes only
 * {@code _id} and unique keys, like the embedded server the demo runs on.
 */
public class InMemoryMongo implements BeforeAllCallback, AfterAllCallback {

    private final AtomicInteger databases = new AtomicInteger();
    private MongoServer server;
    private MongoClient client;
    private String connectionString;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = new MongoServer(new MemoryBackend());
        connectionString = server.bindAndGetConnectionString();
        client = MongoClients.create(connectionString);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        client.close();
        server.shutdownNow();
    }

    public String connectionString() {
        return connectionString;
    }

    /** A database no other test has written to. */
    /** The database of that name on the server. */
    public MongoDatabase database(String name) {
        return client.getDatabase(name);
    }

    public MongoDatabase freshDatabase() {
        return client.getDatabase("test-" + databases.incrementAndGet());
    }
}
