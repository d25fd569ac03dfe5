package care.tandem.access;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * Which tokens a service accepts and how it reads them. {@code issuerUri} is required: a service without an issuer
 * refuses to start rather than run open. {@code jwkSetUri} (an {@code http(s):} or {@code file:} address) is where the
 * issuer's public keys are; without it they are found through the issuer's OpenID discovery document. The role and
 * name claims are configurable so a clinic's own provider (Keycloak {@code realm_access.roles}, Entra ID
 * {@code roles}) can supply them; {@code participantClaim} names the claim binding a participant's token to their
 * participant id; {@code allowedOrigins} opens CORS to exactly those origins, none by default.
 */
@ConfigurationProperties("tandem.security")
public record AccessProperties(
        String issuerUri,
        String jwkSetUri,
        @DefaultValue("tandem") String audience,
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue("name") String nameClaim,
        @DefaultValue("participant_id") String participantClaim,
        @DefaultValue List<String> allowedOrigins) {
}
