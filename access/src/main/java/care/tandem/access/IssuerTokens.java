package care.tandem.access;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Set;

/**
 * The one way a service checks a token: signed (RS256 or ES256) by a key of the configured issuer, {@code iss} that
 * issuer, {@code aud} naming Tandem, not expired and already valid (a minute's clock skew), with a subject. The keys
 * are fetched on first use, so a service may start before its issuer answers.
 */
public final class IssuerTokens {

    private IssuerTokens() {
    }

    public static JwtDecoder decoder(AccessProperties properties) {
        String issuer = properties.issuerUri();
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalStateException("tandem.security.issuer-uri (TANDEM_OIDC_ISSUER_URI) must name the OpenID "
                    + "Connect issuer whose tokens this service accepts");
        }
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder signatures = keysOf(issuer, properties.jwkSetUri());
            signatures.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
            return new VerifiedTokens(signatures, new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(issuer),
                    audience(properties.audience()),
                    IssuerTokens::subjectPresent));
        });
    }

    private static NimbusJwtDecoder keysOf(String issuer, String jwkSetUri) {
        if (jwkSetUri == null || jwkSetUri.isBlank()) {
            return NimbusJwtDecoder.withIssuerLocation(issuer).build();
        }
        if (!jwkSetUri.startsWith("file:")) {
            return NimbusJwtDecoder.withJwkSetUri(jwkSetUri).jwsAlgorithms(algorithms -> {
                algorithms.add(org.springframework.security.oauth2.jose.jws.SignatureAlgorithm.RS256);
                algorithms.add(org.springframework.security.oauth2.jose.jws.SignatureAlgorithm.ES256);
            }).build();
        }
        try {
            JWKSet keys = JWKSet.load(Path.of(URI.create(jwkSetUri)).toFile());
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256),
                    new ImmutableJWKSet<>(keys)));
            // Spring's validators below check the claims, as they do for keys fetched over HTTP.
            processor.setJWTClaimsSetVerifier((claims, context) -> { });
            return new NimbusJwtDecoder(processor);
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("tandem.security.jwk-set-uri names no readable JWK set", e);
        }
    }

    private static OAuth2TokenValidator<Jwt> audience(String audience) {
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                        "The token is not meant for this audience", null));
    }

    private static OAuth2TokenValidatorResult subjectPresent(Jwt jwt) {
        return jwt.getSubject() != null && !jwt.getSubject().isBlank()
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token has no subject", null));
    }
}
