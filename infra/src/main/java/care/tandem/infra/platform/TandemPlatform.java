package care.tandem.infra.platform;

import care.tandem.command.CommandSideApplication;
import care.tandem.infra.demo.DemoSeeder;
import care.tandem.infra.embedded.DataDirectory;
import care.tandem.infra.embedded.EmbeddedKafkaBroker;
import care.tandem.infra.embedded.EmbeddedMongo;
import care.tandem.infra.embedded.EmbeddedPostgres;
import care.tandem.infra.identity.EmbeddedIssuer;
import care.tandem.infra.identity.IssuerOptions;
import care.tandem.integrity.CheckpointKeys;
import care.tandem.query.QuerySideApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The whole platform in one process: the embedded servers that no external address replaces (the OpenID Connect
 * issuer among them), then the command side and the query side, both accepting only that issuer's tokens. Closing stops everything in reverse order, so the embedded servers
 * flush to disk and the next start on the same data directory finds every record.
 */
public final class TandemPlatform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TandemPlatform.class);
    /** Both apps share one logging system here, which can show only one application name: show none. */
    static final String SIGNING_KEY_VARIABLE = "TANDEM_CHECKPOINT_SIGNING_KEY_FILE";
    static final String VERIFYING_KEY_VARIABLE = "TANDEM_CHECKPOINT_VERIFYING_KEY_FILE";
    static final String MASTER_KEY_VARIABLE = "TANDEM_MASTER_KEY_FILE";
    private static final String SHARED_LOG_FORMAT = "--logging.include-application-name=false";
    private static final String LOOPBACK = "127.0.0.1";

    private final Deque<AutoCloseable> running;
    private final String commandSideUrl;
    private final String querySideUrl;
    private final String postgresJdbcUrl;
    private final String postgresUsername;
    private final String postgresPassword;
    private final String issuerUri;
    private final Optional<EmbeddedIssuer> embeddedIssuer;

    private TandemPlatform(Deque<AutoCloseable> running, PlatformSettings settings, String postgresJdbcUrl,
                           String postgresUsername, String postgresPassword, String issuerUri,
                           Optional<EmbeddedIssuer> embeddedIssuer) {
        this.running = running;
        this.commandSideUrl = "http://localhost:" + settings.commandSidePort();
        this.querySideUrl = "http://localhost:" + settings.querySidePort();
        this.postgresJdbcUrl = postgresJdbcUrl;
        this.postgresUsername = postgresUsername;
        this.postgresPassword = postgresPassword;
        this.issuerUri = issuerUri;
        this.embeddedIssuer = embeddedIssuer;
    }

    /** Where the command side keeps the checkpoints' signing key: named by the environment, or in the data. */
    public static Path checkpointSigningKey(DataDirectory data) {
        String named = System.getenv(SIGNING_KEY_VARIABLE);
        return named != null ? Path.of(named) : data.integrity().resolve(CheckpointKeys.SIGNING_FILE);
    }

    public static TandemPlatform start(PlatformSettings settings) {
        Deque<AutoCloseable> running = new ArrayDeque<>();
        try {
            DataDirectory data = DataDirectory.at(settings.dataDirectory());
            PlatformSettings.EmbeddedPorts ports = settings.embeddedPorts();

            String jdbcUrl;
            String username;
            String password;
            if (settings.externalPostgres().isPresent()) {
                var external = settings.externalPostgres().get();
                jdbcUrl = external.jdbcUrl();
                username = external.username();
                password = external.password();
            } else {
                EmbeddedPostgres postgres = EmbeddedPostgres.start(data.postgres(), ports.postgres());
                running.push(postgres);
                jdbcUrl = postgres.jdbcUrl();
                username = postgres.username();
                password = postgres.password();
            }

            String querySideUrl = "http://localhost:" + settings.querySidePort();
            Optional<EmbeddedIssuer> embeddedIssuer = Optional.empty();
            PlatformSettings.ExternalIssuer issuer;
            if (settings.externalIssuer().isPresent()) {
                issuer = settings.externalIssuer().get();
            } else {
                // The dashboard as the launcher prints it and as its loopback address.
                EmbeddedIssuer started = EmbeddedIssuer.start(new IssuerOptions(data.identity(), LOOPBACK,
                        ports.issuer(), List.of(querySideUrl + "/dashboard/",
                        "http://" + LOOPBACK + ":" + settings.querySidePort() + "/dashboard/"),
                        DemoSeeder.CLINICAL_SUPERVISOR, DemoSeeder.DEMO_PARTICIPANT));
                running.push(started);
                embeddedIssuer = Optional.of(started);
                issuer = new PlatformSettings.ExternalIssuer(started.issuerUri(), started.jwkSetUri());
            }
            List<String> issuerArguments = new ArrayList<>(List.of("--tandem.security.issuer-uri=" + issuer.issuerUri()));
            if (issuer.jwkSetUri() != null) {
                issuerArguments.add("--tandem.security.jwk-set-uri=" + issuer.jwkSetUri());
            }

            String kafka = settings.externalKafkaBootstrapServers().orElseGet(() -> {
                EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(data.kafka(), ports.kafka(),
                        ports.kafkaController());
                running.push(broker);
                return broker.bootstrapServers();
            });

            String mongo = settings.externalMongoUri().orElseGet(() -> {
                EmbeddedMongo server = EmbeddedMongo.start(settings.readStore(), data.mongo(), ports.mongo());
                running.push(server);
                return server.connectionString();
            });

            // Spring's own shutdown hooks would race the ordered close below, stopping servers under the apps.
            List<String> commandArguments = new ArrayList<>(List.of(
                    "--server.port=" + settings.commandSidePort(),
                    "--spring.datasource.url=" + jdbcUrl,
                    "--spring.datasource.username=" + username,
                    "--spring.datasource.password=" + password,
                    "--axon.kafka.bootstrap-servers=" + kafka,
                    SHARED_LOG_FORMAT));
            commandArguments.addAll(issuerArguments);
            // The checkpoint key beside the data unless the environment names one (an argument would override it).
            Path signingKey = checkpointSigningKey(data);
            if (System.getenv(SIGNING_KEY_VARIABLE) == null) {
                commandArguments.add("--tandem.integrity.signing-key-file=" + signingKey);
            }
            String masterKey = "--tandem.privacy.master-key-file=" + data.keys().resolve("master-key.json");
            if (System.getenv(MASTER_KEY_VARIABLE) == null) {
                commandArguments.add(masterKey);
            }
            ConfigurableApplicationContext commandSide = CommandSideApplication.builder()
                    .registerShutdownHook(false)
                    .run(commandArguments.toArray(String[]::new));
            running.push(commandSide::close);

            List<String> queryArguments = new ArrayList<>(List.of(
                    "--server.port=" + settings.querySidePort(),
                    "--spring.data.mongodb.uri=" + mongo,
                    "--axon.kafka.bootstrap-servers=" + kafka,
                    "--tandem.access-audit.url=" + jdbcUrl,
                    "--tandem.access-audit.username=" + username,
                    "--tandem.access-audit.password=" + password,
                    "--tandem.dashboard.issuer-uri=" + issuer.issuerUri(),
                    SHARED_LOG_FORMAT));
            queryArguments.addAll(issuerArguments);
            if (System.getenv(MASTER_KEY_VARIABLE) == null) {
                queryArguments.add(masterKey);
            }
            if (System.getenv(VERIFYING_KEY_VARIABLE) == null) {
                queryArguments.add("--tandem.integrity.verifying-key-file="
                        + signingKey.resolveSibling(CheckpointKeys.VERIFYING_FILE));
            }
            ConfigurableApplicationContext querySide = QuerySideApplication.builder()
                    .registerShutdownHook(false)
                    .run(queryArguments.toArray(String[]::new));
            running.push(querySide::close);
            QuerySideReadiness.await(querySideUrl);

            return new TandemPlatform(running, settings, jdbcUrl, username, password, issuer.issuerUri(),
                    embeddedIssuer);
        } catch (RuntimeException e) {
            closeAll(running);
            throw e;
        }
    }

    public String commandSideUrl() {
        return commandSideUrl;
    }

    public String querySideUrl() {
        return querySideUrl;
    }

    /** The OpenID Connect issuer whose tokens both services accept. */
    public String issuerUri() {
        return issuerUri;
    }

    /** The embedded issuer, unless the platform uses the clinic's own. */
    public Optional<EmbeddedIssuer> embeddedIssuer() {
        return embeddedIssuer;
    }

    public String postgresJdbcUrl() {
        return postgresJdbcUrl;
    }

    public String postgresUsername() {
        return postgresUsername;
    }

    public String postgresPassword() {
        return postgresPassword;
    }

    @Override
    public void close() {
        closeAll(running);
    }

    private static void closeAll(Deque<AutoCloseable> running) {
        while (!running.isEmpty()) {
            AutoCloseable next = running.pop();
            try {
                next.close();
            } catch (Exception e) {
                log.warn("Failed to stop {} cleanly: {}", next.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
