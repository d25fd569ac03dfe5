package care.tandem.bench;

import care.tandem.infra.embedded.FreePort;
import care.tandem.infra.identity.EmbeddedIssuer;
import care.tandem.infra.identity.IssuerOptions;
import care.tandem.infra.identity.MachineClients;
import care.tandem.infra.identity.MachineClients.MachineClient;
import care.tandem.infra.platform.ClientCredentials;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The platform's embedded OpenID Connect issuer for a benchmark run: the apps accept only its tokens, as they do in
 * production with the clinic's, and the benchmark sends the tokens of its machine clients (client credentials),
 * each fetched once and renewed before it expires, so issuing tokens costs the measured window nothing.
 */
public final class BenchIssuer implements AutoCloseable {

    private final EmbeddedIssuer issuer;

    private BenchIssuer(EmbeddedIssuer issuer) {
        this.issuer = issuer;
    }

    public static BenchIssuer start(Path directory) {
        return new BenchIssuer(EmbeddedIssuer.start(new IssuerOptions(directory, "127.0.0.1",
                FreePort.pick(1).get(0), List.of(), "c-bench-unused", "p-bench-unused")));
    }

    /** The environment an app process is started with. */
    public Map<String, String> environment() {
        return Map.of("TANDEM_OIDC_ISSUER_URI", issuer.issuerUri(), "TANDEM_OIDC_JWK_SET_URI", issuer.jwkSetUri());
    }

    /** The same, as arguments of an app started in this JVM. */
    public List<String> arguments() {
        return List.of("--tandem.security.issuer-uri=" + issuer.issuerUri(),
                "--tandem.security.jwk-set-uri=" + issuer.jwkSetUri());
    }

    /** Commands and reads of every plan, as the demo seeder sends them. */
    public Supplier<String> planWriter() {
        return tokens(MachineClients.SEEDER, "plans.read plans.write");
    }

    public Supplier<String> metricsScraper() {
        return tokens(MachineClients.METRICS_SCRAPER, "metrics.read");
    }

    /** The read models' operations endpoint: how far each read model is. */
    public Supplier<String> operations() {
        return tokens(MachineClients.OPERATIONS, "operations");
    }

    private Supplier<String> tokens(String clientId, String scope) {
        MachineClient client = issuer.machineClient(clientId);
        return new ClientCredentials(issuer.issuerUri(), client.clientId(), client.secret(), scope);
    }

    @Override
    public void close() {
        issuer.close();
    }
}
