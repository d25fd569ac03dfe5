package care.tandem.access.testing;

import care.tandem.access.MachineScope;
import care.tandem.access.Role;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * A stand-in for the clinic's identity provider in tests: one RSA key made per test JVM, its public half in a JWK
 * set file the services are pointed at ({@link TestIssuerProperties}), and signed tokens for any subject, role or
 * scope, including the ones a service must refuse (expired, another issuer, another audience).
 */
public final class TestIssuer {

    public static final String ISSUER = "https://issuer.test.tandem.invalid";
    public static final String AUDIENCE = "tandem";

    private static final TestIssuer SHARED = new TestIssuer();

    private final RSAKey key = newKey("tandem-test");
    private final RSAKey strangerKey = newKey("tandem-test");
    private final Path jwkSet;

    private TestIssuer() {
        try {
            jwkSet = Files.createTempFile("tandem-test-issuer", ".jwks.json");
            jwkSet.toFile().deleteOnExit();
            Files.writeString(jwkSet, new JWKSet(key.toPublicJWK()).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TestIssuer shared() {
        return SHARED;
    }

    public String issuerUri() {
        return ISSUER;
    }

    public String jwkSetUri() {
        return jwkSet.toUri().toString();
    }

    /** A clinician's token: the subject is their clinician id. */
    public String clinician(String subject) {
        return person(subject, Role.CLINICIAN);
    }

    public String person(String subject, Role... roles) {
        return sign(key, ISSUER, AUDIENCE, subject, roles, List.of(), Duration.ofMinutes(15));
    }

    /** A participant's token, bound to their participant id by the {@code participant_id} claim. */
    public String participant(String subject, String participantId) {
        return sign(key, ISSUER, AUDIENCE, subject, new Role[] {Role.PARTICIPANT}, List.of(), Duration.ofMinutes(15),
                participantId);
    }

    /** A machine client's token (client credentials): no roles, only scopes. */
    public String machine(String clientId, MachineScope... scopes) {
        return sign(key, ISSUER, AUDIENCE, clientId, new Role[0],
                Arrays.stream(scopes).map(MachineScope::scope).toList(), Duration.ofMinutes(15));
    }

    /** Every role and every scope: for tests about something other than authorization. */
    public String everything(String subject) {
        return sign(key, ISSUER, AUDIENCE, subject, Role.values(),
                Arrays.stream(MachineScope.values()).map(MachineScope::scope).toList(), Duration.ofMinutes(15));
    }

    public String expired(String subject, Role... roles) {
        return sign(key, ISSUER, AUDIENCE, subject, roles, List.of(), Duration.ofMinutes(-5));
    }

    /** Signed by a key the services do not trust, naming another issuer. */
    public String fromAnotherIssuer(String subject, Role... roles) {
        return sign(strangerKey, "https://elsewhere.test.invalid", AUDIENCE, subject, roles, List.of(),
                Duration.ofMinutes(15));
    }

    /** Signed by the right key and issuer, but for another resource server. */
    public String forAnotherAudience(String subject, Role... roles) {
        return sign(key, ISSUER, "billing", subject, roles, List.of(), Duration.ofMinutes(15));
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String sign(RSAKey key, String issuer, String audience, String subject, Role[] roles,
                               List<String> scopes, Duration lifetime) {
        return sign(key, issuer, audience, subject, roles, scopes, lifetime, null);
    }

    private static String sign(RSAKey key, String issuer, String audience, String subject, Role[] roles,
                               List<String> scopes, Duration lifetime, String participantId) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer).audience(audience).subject(subject).jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now.minus(Duration.ofMinutes(30))))
                .expirationTime(Date.from(now.plus(lifetime)))
                .claim("azp", roles.length == 0 ? subject : "tandem-test-client");
        if (roles.length > 0) {
            claims.claim("roles", Arrays.stream(roles).map(Role::claimValue).toList())
                    .claim("name", "Test " + subject);
        }
        if (!scopes.isEmpty()) {
            claims.claim("scope", String.join(" ", scopes));
        }
        if (participantId != null) {
            claims.claim("participant_id", participantId);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
