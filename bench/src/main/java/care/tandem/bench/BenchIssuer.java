package care.tandem.bench;

import care.tandem.access.Role;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import care.tandem.infra.embedded.FreePort;
import care.tandem.infra.identity.EmbeddedIssuer;
import care.tandem.infra.identity.IssuerOptions;
import care.tandem.infra.identity.MachineClients;
import care.tandem.infra.identity.MachineClients.MachineClient;
import care.tandem.infra.platform.ClientCredentials;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
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

    /**
     * A compliance officer's token for an hour, signed with the issuer's own key: the issuer gives people tokens only
     * after a sign-in in a browser, and no machine client may read the compliance history.
     */
    public String complianceOfficer() {
        try {
            RSAKey key = RSAKey.parse(Files.readString(issuer.signingKeyFile()));
            Instant now = Instant.now();
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(issuer.issuerUri()).audience("tandem").subject("bench-compliance")
                    .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                    .claim("roles", List.of(Role.COMPLIANCE.claimValue())).claim("name", "Benchmark compliance")
                    .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (IOException | ParseException | JOSEException e) {
            throw new IllegalStateException("Cannot sign with the issuer's key in " + issuer.signingKeyFile(), e);
        }
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
