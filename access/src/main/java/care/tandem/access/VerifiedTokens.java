package care.tandem.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.time.Duration;

/**
 * Remembers the tokens whose signature checked out, for a few minutes: a client sends the same bearer token with every
 * request, and decoding and verifying it each time took an eighth of the command side's request threads under load
 * (BENCHMARKS.md, issue 18). The claims (expiry, not-before, issuer, audience, subject) are validated on every request all the same, so a token
 * is refused the moment it expires. A token that failed is not remembered.
 */
final class VerifiedTokens implements JwtDecoder {

    private static final int TOKENS = 1_000;
    /** Bounds how long a signing key the issuer has withdrawn can still vouch for a token already seen. */
    private static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);

    private final JwtDecoder signatures;
    private final OAuth2TokenValidator<Jwt> claims;
    private final Cache<String, Jwt> verified = Caffeine.newBuilder()
            .maximumSize(TOKENS)
            .expireAfterWrite(REMEMBERED_FOR)
            .build();

    /**
     * @param signatures parses a token and checks its signature, nothing else
     * @param claims     every rule on the claims
     */
    VerifiedTokens(JwtDecoder signatures, OAuth2TokenValidator<Jwt> claims) {
        this.signatures = signatures;
        this.claims = claims;
    }

    @Override
    public Jwt decode(String token) {
        Jwt jwt = verified.get(token, signatures::decode);
        OAuth2TokenValidatorResult result = claims.validate(jwt);
        if (result.hasErrors()) {
            throw new JwtValidationException(result.getErrors().iterator().next().getDescription(),
                    result.getErrors());
        }
        return jwt;
    }
}
