package care.tandem.access;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {

    private final AtomicInteger signatureChecks = new AtomicInteger();
    private final AtomicBoolean claimsHold = new AtomicBoolean(true);
    private final JwtDecoder signatures = token -> {
        signatureChecks.incrementAndGet();
        if (token.startsWith("forged")) {
            throw new BadJwtException("Signed JWT rejected: Invalid signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("c-rivera")
                .issuedAt(Instant.parse("2026-12-04T09:00:00Z")).build();
    };
    private final VerifiedTokens tokens = new VerifiedTokens(signatures, jwt -> claimsHold.get()
            ? OAuth2TokenValidatorResult.success()
            : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Jwt expired at 2026-12-04T10:00Z",
                    null)));

    @Test
    void aTokenSeenBeforeIsNotVerifiedAgain() {
        assertThat(tokens.decode("token-1").getSubject()).isEqualTo("c-rivera");
        assertThat(tokens.decode("token-1").getSubject()).isEqualTo("c-rivera");
        tokens.decode("token-2");

        assertThat(signatureChecks).hasValue(2);
    }

    @Test
    void itsClaimsAreCheckedOnEveryRequestSoAnExpiredTokenIsRefusedThoughRemembered() {
        tokens.decode("token-1");
        claimsHold.set(false);

        assertThatThrownBy(() -> tokens.decode("token-1"))
                .isInstanceOf(JwtValidationException.class).hasMessageContaining("expired");
    }

    @Test
    void aTokenThatFailedIsCheckedAgainEveryTime() {
        assertThatThrownBy(() -> tokens.decode("forged-1")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged-1")).isInstanceOf(BadJwtException.class);

        assertThat(signatureChecks).hasValue(2);
    }
}
