package care.tandem.query.dashboard;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the dashboard signs its user in: the OpenID Connect issuer, the dashboard's public client id and the scopes
 * it asks for. The dashboard runs authorization code with PKCE from the browser; nothing here is secret.
 */
@RestController
class DashboardLoginController {

    private final LoginConfig config;

    DashboardLoginController(@Value("${tandem.dashboard.issuer-uri}") String issuer,
                             @Value("${tandem.dashboard.client-id}") String clientId,
                             @Value("${tandem.dashboard.scope}") String scope) {
        this.config = new LoginConfig(issuer, clientId, scope);
    }

    @GetMapping("/dashboard/login-config")
    LoginConfig loginConfig() {
        return config;
    }

    record LoginConfig(String issuer, String clientId, String scope) {
    }
}
