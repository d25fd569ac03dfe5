package care.tandem.infra.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The layout of one root directory holding the data of all embedded servers, one subdirectory each, so that
 * the whole local environment can be kept, copied or wiped as one directory.
 */
public final class DataDirectory {

    private final Path root;

    private DataDirectory(Path root) {
        this.root = root;
    }

    /** Creates the root and its server subdirectories where they are missing; existing data is left alone. */
    public static DataDirectory at(Path root) {
        DataDirectory directory = new DataDirectory(root.toAbsolutePath().normalize());
        createDirectories(directory.kafka());
        createDirectories(directory.postgres());
        createDirectories(directory.mongo());
        createDirectories(directory.identity());
        return directory;
    }

    public Path root() {
        return root;
    }

    public Path kafka() {
        return root.resolve("kafka");
    }

    public Path postgres() {
        return root.resolve("postgres");
    }

    public Path mongo() {
        return root.resolve("mongo");
    }

    /** The embedded OpenID Connect issuer's signing key, demo accounts and machine clients. */
    public Path identity() {
        return root.resolve("identity");
    }

    /** The master key of the person keys: kept here, apart from the database. */
    public Path keys() {
        return root.resolve("keys");
    }

    /** The event store's checkpoint key (and its public half): kept here, apart from the database. */
    public Path integrity() {
        return root.resolve("integrity");
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
            if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory, e);
        }
    }
}
