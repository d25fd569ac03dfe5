package care.tandem.infra.identity;

import care.tandem.infra.identity.MachineClients.MachineClient;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The clients the embedded issuer knows: the dashboard (a browser app), unless no dashboard is served, and the machine
 * clients of its files.
 */
final class IssuerClients {

    static final String DASHBOARD = "tandem-dashboard";
    /** A public client gets no refresh token: a working day's half hour, then the dashboard signs in again. */
    private static final Duration DASHBOARD_TOKEN_LIFETIME = Duration.ofMinutes(30);
    private static final Duration MACHINE_TOKEN_LIFETIME = Duration.ofMinutes(15);

    private IssuerClients() {
    }

    static List<RegisteredClient> all(IssuerState state) {
        List<RegisteredClient> clients = new ArrayList<>();
        if (!state.options().dashboardUrls().isEmpty()) {
            clients.add(dashboard(state.options()));
        }
        state.clients().forEach(client -> clients.add(machine(client)));
        return clients;
    }

    /** Authorization code with PKCE, no secret (it would be public in the browser), no consent screen. */
    private static RegisteredClient dashboard(IssuerOptions options) {
        return RegisteredClient.withId(DASHBOARD)
                .clientId(DASHBOARD)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(options.loginRedirects()))
                .postLogoutRedirectUris(uris -> uris.addAll(options.logoutRedirects()))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(DASHBOARD_TOKEN_LIFETIME).build())
                .build();
    }

    private static RegisteredClient machine(MachineClient client) {
        return RegisteredClient.withId(client.clientId())
                .clientId(client.clientId())
                .clientSecret(PrivateFiles.hashed(client.secret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(client.scopes()))
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(MACHINE_TOKEN_LIFETIME).build())
                .build();
    }
}
