package care.tandem.infra.platform;

import care.tandem.infra.embedded.EmbeddedMongo;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the platform keeps its data and which servers it uses. Each external address that is set
 * (PostgreSQL, Kafka, MongoDB, the OpenID Connect issuer) replaces the matching embedded server, which then does not
 * start. {@code readStore} is where the embedded MongoDB wire server keeps the read models (memory by default: they
 * are rebuilt from the feed at every start).
 */
public record PlatformSettings(
        Path dataDirectory,
        int commandSidePort,
        int querySidePort,
        Optional<ExternalPostgres> externalPostgres,
        Optional<String> externalKafkaBootstrapServers,
        Optional<String> externalMongoUri,
        Optional<ExternalIssuer> externalIssuer,
        EmbeddedPorts embeddedPorts,
        EmbeddedMongo.Store readStore) {

    public record ExternalPostgres(String jdbcUrl, String username, String password) {
    }

    /** The clinic's identity provider; {@code jwkSetUri} may be null, the keys are then found by discovery. */
    public record ExternalIssuer(String issuerUri, String jwkSetUri) {
    }

    public record EmbeddedPorts(int postgres, int kafka, int kafkaController, int mongo, int issuer) {
    }

    public static PlatformSettings fromEnvironment(Map<String, String> env) {
        return new PlatformSettings(
                Path.of(env.getOrDefault("TANDEM_DATA_DIR", "data")),
                port(env, "COMMAND_SIDE_PORT", 8080),
                port(env, "QUERY_SIDE_PORT", 8081),
                Optional.ofNullable(env.get("TANDEM_POSTGRES_URL")).map(url -> new ExternalPostgres(url,
                        env.getOrDefault("TANDEM_POSTGRES_USER", "tandem"),
                        env.getOrDefault("TANDEM_POSTGRES_PASSWORD", "tandem"))),
                Optional.ofNullable(env.get("KAFKA_BOOTSTRAP_SERVERS")),
                Optional.ofNullable(env.get("MONGODB_URI")),
                Optional.ofNullable(env.get("TANDEM_OIDC_ISSUER_URI")).filter(uri -> !uri.isBlank())
                        .map(uri -> new ExternalIssuer(uri, env.get("TANDEM_OIDC_JWK_SET_URI"))),
                new EmbeddedPorts(
                        port(env, "TANDEM_EMBEDDED_POSTGRES_PORT", 54329),
                        port(env, "TANDEM_EMBEDDED_KAFKA_PORT", 9092),
                        port(env, "TANDEM_EMBEDDED_KAFKA_CONTROLLER_PORT", 9093),
                        port(env, "TANDEM_EMBEDDED_MONGO_PORT", 27017),
                        port(env, "TANDEM_EMBEDDED_ISSUER_PORT", 9000)),
                EmbeddedMongo.Store.named(env.getOrDefault("TANDEM_READ_STORE", "memory")));
    }

    /** Everything embedded, on the given directory and ports: what the tests and benchmarks use. */
    public static PlatformSettings embedded(Path dataDirectory, int commandSidePort, int querySidePort,
                                            EmbeddedPorts embeddedPorts) {
        return new PlatformSettings(dataDirectory, commandSidePort, querySidePort, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), embeddedPorts, EmbeddedMongo.Store.MEMORY);
    }

    /** The same servers, with tokens from the given issuer instead of the embedded one. */
    public PlatformSettings withIssuer(ExternalIssuer issuer) {
        return new PlatformSettings(dataDirectory, commandSidePort, querySidePort, externalPostgres,
                externalKafkaBootstrapServers, externalMongoUri, Optional.of(issuer), embeddedPorts, readStore);
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 1 || port > 65_535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a TCP port (1-65535), was '" + value + "'");
        }
    }
}
