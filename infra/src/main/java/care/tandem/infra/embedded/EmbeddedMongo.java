package care.tandem.infra.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server speaking the MongoDB wire protocol (mongo-java-server), running in this JVM and storing every database in
 * one H2 MVStore file, so that documents survive a restart on the same directory.
 *
 * <p>It implements the commands that drivers and Spring Data commonly use, not all of MongoDB. The MVStore commits in
 * the background about every second and completely on {@link #close()}: a JVM killed without closing may lose the
 * last second of writes.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    private static final String HOST = "127.0.0.1";
    private static final String STORE_FILE_NAME = "mongo.mv.db";

    private final MongoServer server;
    private final Path dataDirectory;
    private final int port;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedMongo(MongoServer server, Path dataDirectory, int port) {
        this.server = server;
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /**
     * Opens (or creates) the store file in {@code dataDirectory} and listens on {@code 127.0.0.1:port}.
     *
     * @throws IllegalStateException from H2 if another open server, in this JVM or another, holds the store file
     */
    public static EmbeddedMongo start(Path dataDirectory, int port) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory, e);
        }
        MongoServer server = new MongoServer(new H2Backend(directory.resolve(STORE_FILE_NAME).toString()));
        // On failure, bind shuts the server down itself, which also closes the store.
        server.bind(HOST, port);
        log.info("MongoDB-compatible server listening on {}:{}, data in {}", HOST, port, directory);
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
