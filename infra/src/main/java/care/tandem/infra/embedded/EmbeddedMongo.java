package care.tandem.infra.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server speaking the MongoDB wire protocol (mongo-java-server), running in this JVM, in one of two stores (see
 * {@link Store}). It implements the commands that drivers and Spring Data commonly use, not all of MongoDB.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    private static final String HOST = "127.0.0.1";
    private static final String STORE_FILE_NAME = "mongo.mv.db";

    /** Where the documents live. */
    public enum Store {
        /**
         * On the heap, gone when the server stops: the platform's default, because the read models are disposable
         * and the query side rebuilds them from the Kafka feed, which is kept forever, at every start. Fastest, and
         * a crash can leave nothing half-written behind (README, "Which embedded read store").
         */
        MEMORY {
            @Override
            MongoBackend open(Path directory) {
                return new MemoryBackend();
            }
        },
        /**
         * One H2 MVStore file in the data directory, kept across restarts. The MVStore commits in the background about
         * every second and completely on {@link #close()}: a JVM killed without closing may lose the last second of
         * writes, and a kill has left documents its indexes no longer find.
         */
        H2 {
            @Override
            MongoBackend open(Path directory) {
                try {
                    Files.createDirectories(directory);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot create " + directory, e);
                }
                return new H2Backend(directory.resolve(STORE_FILE_NAME).toString());
            }
        };

        abstract MongoBackend open(Path directory);

        /** {@code memory} or {@code h2}, in any case. */
        public static Store named(String name) {
            for (Store store : values()) {
                if (store.name().equalsIgnoreCase(name.strip())) {
                    return store;
                }
            }
            throw new IllegalArgumentException("The embedded read store is memory or h2, was '" + name + "'");
        }
    }

    private final MongoServer server;
    private final Path dataDirectory;
    private final int port;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedMongo(MongoServer server, Path dataDirectory, int port) {
        this.server = server;
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** The platform's default store, {@link Store#MEMORY}, listening on {@code 127.0.0.1:port}. */
    public static EmbeddedMongo start(Path dataDirectory, int port) {
        return start(Store.MEMORY, dataDirectory, port);
    }

    /**
     * Listens on {@code 127.0.0.1:port}; with {@link Store#H2}, opens (or creates) the store file in
     * {@code dataDirectory}.
     *
     * @throws IllegalStateException from H2 if another open server, in this JVM or another, holds the store file
     */
    public static EmbeddedMongo start(Store store, Path dataDirectory, int port) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        MongoServer server = new MongoServer(store.open(directory));
        // On failure, bind shuts the server down itself, which also closes the store.
        server.bind(HOST, port);
        log.info("MongoDB-compatible server listening on {}:{}, {}", HOST, port,
                store == Store.H2 ? "data in " + directory : "data in memory");
        return new EmbeddedMongo(server, directory, port);
    }

    /** A connection string for the official drivers, without a database name. */
    public String connectionString() {
        return "mongodb://" + HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Disconnects all clients, then closes the store, which writes every pending change to the file. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        server.shutdownNow();
        log.info("MongoDB-compatible server on port {} stopped", port);
    }
}
