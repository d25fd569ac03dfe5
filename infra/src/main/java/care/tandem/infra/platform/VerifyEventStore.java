package care.tandem.infra.platform;

import care.tandem.infra.embedded.DataDirectory;
import care.tandem.infra.embedded.EmbeddedPostgres;
import care.tandem.integrity.CheckpointKeys;
import care.tandem.integrity.StoreVerifier;
import care.tandem.integrity.Verification;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * {@code java -jar tandem-platform.jar verify-event-store [--plan=<planId> | --person=<participantId>]}: checks the
 * event store (the one {@code TANDEM_POSTGRES_URL} names, or the embedded one in the data folder while the platform
 * is stopped) against its chain and its newest signed checkpoint, prints the verification as JSON and exits 0 if it
 * verified, 1 if not, 2 if it could not run.
 */
final class VerifyEventStore {

    static final String COMMAND = "verify-event-store";

    private VerifyEventStore() {
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        String stream = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--plan=")) {
                stream = args[i].substring("--plan=".length());
            } else if (args[i].startsWith("--person=")) {
                stream = "consents/" + args[i].substring("--person=".length());
            } else {
                err.println("usage: " + COMMAND + " [--plan=<planId> | --person=<participantId>]");
                return 2;
            }
        }
        PlatformSettings settings = PlatformSettings.fromEnvironment(env);
        DataDirectory data = DataDirectory.at(settings.dataDirectory());
        Path key = env.containsKey(TandemPlatform.VERIFYING_KEY_VARIABLE)
                ? Path.of(env.get(TandemPlatform.VERIFYING_KEY_VARIABLE))
                : TandemPlatform.checkpointSigningKey(data).resolveSibling(CheckpointKeys.VERIFYING_FILE);
        if (!Files.isReadable(key)) {
            err.println("No checkpoint verifying key at " + key + " (" + TandemPlatform.VERIFYING_KEY_VARIABLE + ")");
            return 2;
        }
        try (Store store = open(settings, data)) {
            StoreVerifier verifier = new StoreVerifier(store.dataSource(), CheckpointKeys.verifier(key),
                    Clock.systemUTC());
            Verification verification = stream == null ? verifier.verifyStore() : verifier.verifyStream(stream);
            out.println(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(verification));
            return verification.verified() ? 0 : 1;
        } catch (Exception e) {
            err.println("The event store could not be verified: " + e.getMessage()
                    + (settings.externalPostgres().isEmpty() ? " (is the platform running? Stop it, or ask its "
                    + "command side: GET /actuator/event-store)" : ""));
            return 2;
        }
    }

    private record Store(PGSimpleDataSource dataSource, EmbeddedPostgres embedded) implements AutoCloseable {
        @Override
        public void close() {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private static Store open(PlatformSettings settings, DataDirectory data) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        if (settings.externalPostgres().isPresent()) {
            source.setUrl(settings.externalPostgres().get().jdbcUrl());
            source.setUser(settings.externalPostgres().get().username());
            source.setPassword(settings.externalPostgres().get().password());
            return new Store(source, null);
        }
        EmbeddedPostgres embedded = EmbeddedPostgres.start(data.postgres(), settings.embeddedPorts().postgres());
        source.setUrl(embedded.jdbcUrl());
        source.setUser(embedded.username());
        source.setPassword(embedded.password());
        return new Store(source, embedded);
    }
}
