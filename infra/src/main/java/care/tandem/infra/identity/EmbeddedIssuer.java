package care.tandem.infra.identity;

import care.tandem.infra.identity.DemoAccounts.Account;
import care.tandem.infra.identity.MachineClients.MachineClient;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import java.nio.file.Path;
import java.util.List;

/**
 * A real OpenID Connect issuer for the one-command platform: Spring Authorization Server on its own port, with a
 * login page for the demo accounts, authorization code + PKCE for the dashboard and client credentials for machine
 * clients. Its signing key, accounts and client secrets live in the data directory, so tokens and passwords survive
 * a restart. Setting the clinic's own issuer ({@code TANDEM_OIDC_ISSUER_URI}) replaces it: then it does not start.
 */
public final class EmbeddedIssuer implements AutoCloseable {

    private final IssuerState state;
    private final ConfigurableApplicationContext context;

    private EmbeddedIssuer(IssuerState state, ConfigurableApplicationContext context) {
        this.state = state;
        this.context = context;
    }

    public static EmbeddedIssuer start(IssuerOptions options) {
        if (options.port() <= 0) {
            throw new IllegalArgumentException("The issuer needs a fixed port: it is part of every token's issuer");
        }
        IssuerState state = IssuerState.loadOrCreate(options);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(IssuerServerConfig.class)
                .bannerMode(Banner.Mode.OFF)
                .registerShutdownHook(false)
                .initializers(app -> ((GenericApplicationContext) app).registerBean(IssuerState.class, () -> state))
                .properties(
                        // No application.yml of the platform's other apps applies here.
                        "spring.config.name=identity-server",
                        "spring.application.name=tandem-issuer",
                        "logging.include-application-name=false",
                        "server.port=" + options.port(),
                        "server.address=" + options.bindAddress(),
                        // The platform's other servers on localhost use no cookie of this name.
                        "server.servlet.session.cookie.name=TANDEM_ISSUER_SESSION",
                        "server.error.include-stacktrace=never")
                .run();
        return new EmbeddedIssuer(state, context);
    }

    public String issuerUri() {
        return state.options().issuerUri();
    }

    public String jwkSetUri() {
        return issuerUri() + "/oauth2/jwks";
    }

    /** The demo accounts' file: usernames, generated passwords and roles. */
    public Path accountsFile() {
        return state.options().directory().resolve(DemoAccounts.FILE_NAME);
    }

    /** The issuer's private signing key (a JWK), kept across restarts. */
    public Path signingKeyFile() {
        return state.options().directory().resolve(SigningKey.FILE_NAME);
    }

    /** The machine clients' file: client ids, generated secrets and scopes. */
    public Path machineClientsFile() {
        return state.options().directory().resolve(MachineClients.FILE_NAME);
    }

    public List<Account> accounts() {
        return state.accounts();
    }

    /** The demo seeder's and the benchmarks' client: reads and writes every plan. */
    public MachineClient seederClient() {
        return machineClient(MachineClients.SEEDER);
    }

    public MachineClient machineClient(String clientId) {
        return state.clients().stream().filter(client -> client.clientId().equals(clientId)).findFirst()
                .orElseThrow(() -> new IllegalStateException(machineClientsFile() + " has no client " + clientId));
    }

    @Override
    public void close() {
        context.close();
    }
}
