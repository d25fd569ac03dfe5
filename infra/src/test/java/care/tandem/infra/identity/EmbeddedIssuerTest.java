package care.tandem.infra.identity;

import care.tandem.access.AccessProperties;
import care.tandem.access.IssuerTokens;
import care.tandem.infra.embedded.FreePort;
import care.tandem.infra.identity.DemoAccounts.Account;
import care.tandem.infra.identity.MachineClients.MachineClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static care.tandem.infra.identity.IssuerConversation.challengeOf;
import static care.tandem.infra.identity.IssuerConversation.json;
import static care.tandem.infra.identity.IssuerConversation.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded issuer as the services, the dashboard and a machine client meet it, over real HTTP. */
class EmbeddedIssuerTest {

    private static final String DASHBOARD = "http://localhost:8081/dashboard/";
    private static final String CALLBACK = DASHBOARD + "callback.html";

    @TempDir
    Path directory;
    private IssuerOptions options;
    private EmbeddedIssuer issuer;

    @BeforeEach
    void start() {
        options = new IssuerOptions(directory, "127.0.0.1", FreePort.pick(1).get(0), List.of(DASHBOARD), "c-demo-01",
                "p-demo-a");
        issuer = EmbeddedIssuer.start(options);
    }

    @AfterEach
    void stop() {
        issuer.close();
    }

    @Test
    void itsDiscoveryDocumentNamesItselfAndItsEndpoints() {
        JsonNode discovery = json(new IssuerConversation(issuer.issuerUri()).get("/.well-known/openid-configuration"));

        assertThat(discovery.path("issuer").asText()).isEqualTo(issuer.issuerUri());
        assertThat(discovery.path("jwks_uri").asText()).isEqualTo(issuer.jwkSetUri());
        assertThat(discovery.path("token_endpoint").asText()).isEqualTo(issuer.issuerUri() + "/oauth2/token");
        assertThat(discovery.path("code_challenge_methods_supported").toString()).contains("S256");
    }

    @Test
    void aMachineClientGetsATokenTheServicesAccept() {
        Jwt token = servicesDecode(clientCredentials(issuer.seederClient(), "plans.read plans.write"));

        assertThat(token.getSubject()).isEqualTo(MachineClients.SEEDER);
        assertThat(token.getAudience()).containsExactly("tandem");
        assertThat(token.getClaimAsStringList("scope")).containsExactlyInAnyOrder("plans.read", "plans.write");
        assertThat(token.hasClaim("roles")).isFalse();
    }

    @Test
    void aWrongSecretOrAScopeNotGrantedGetsNoToken() {
        MachineClient seeder = issuer.seederClient();
        IssuerConversation machine = new IssuerConversation(issuer.issuerUri());

        assertThat(machine.postForm("/oauth2/token", Map.of("grant_type", "client_credentials"),
                "Authorization", basic(seeder.clientId(), seeder.secret() + "x")).statusCode()).isEqualTo(401);
        assertThat(machine.postForm("/oauth2/token", Map.of("grant_type", "client_credentials",
                "scope", "metrics.read"), "Authorization", basic(seeder.clientId(), seeder.secret())).statusCode())
                .isEqualTo(400);
    }

    @Test
    void aPersonLogsInWithPkceAndGetsTheirRoleAndName() {
        JsonNode tokens = new IssuerConversation(issuer.issuerUri()).logInThroughTheDashboard(account("c-demo-01"),
                CALLBACK);

        Jwt access = servicesDecode(tokens.path("access_token").asText());
        assertThat(access.getSubject()).isEqualTo("c-demo-01");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("clinician");
        assertThat(access.getClaimAsString("name")).isEqualTo("Demo Clinical Supervisor");
        assertThat(access.getClaimAsString("client_id")).isEqualTo("tandem-dashboard");
        String idToken = tokens.path("id_token").asText();
        String idClaims = new String(Base64.getUrlDecoder().decode(idToken.split("\\.")[1]));
        assertThat(idClaims).contains("\"name\":\"Demo Clinical Supervisor\"").contains("\"aud\":\"tandem-dashboard\"");
    }

    @Test
    void aParticipantsTokenBindsThemToTheirParticipantId() {
        JsonNode tokens = new IssuerConversation(issuer.issuerUri()).logInThroughTheDashboard(
                account("demo-participant"), CALLBACK);

        Jwt access = servicesDecode(tokens.path("access_token").asText());
        assertThat(access.getClaimAsStringList("roles")).containsExactly("participant");
        assertThat(access.getClaimAsString("participant_id")).isEqualTo("p-demo-a");
    }

    @Test
    void theDashboardCannotSkipPkceNorRedirectElsewhere() {
        IssuerConversation browser = new IssuerConversation(issuer.issuerUri());
        browser.get(IssuerConversation.authorize(CALLBACK, null));
        assertThat(browser.logIn("c-demo-01", account("c-demo-01").password()).statusCode()).isEqualTo(302);

        HttpResponse<String> withoutPkce = browser.get(IssuerConversation.authorize(CALLBACK, null));
        assertThat(location(withoutPkce)).startsWith(CALLBACK).contains("error=invalid_request")
                .doesNotContain("code=");
        HttpResponse<String> elsewhere = browser.get(IssuerConversation.authorize("https://attacker.example/cb",
                challengeOf("v".repeat(43))));
        assertThat(elsewhere.statusCode()).isEqualTo(400);
    }

    @Test
    void aWrongPasswordIsSentBackToTheLoginPage() {
        IssuerConversation browser = new IssuerConversation(issuer.issuerUri());

        HttpResponse<String> refused = browser.logIn("c-demo-01", "guess");

        assertThat(location(refused)).endsWith("/login?error");
    }

    @Test
    void theDashboardsOriginMayCallTheTokenEndpointAndNoOtherMay() {
        IssuerConversation browser = new IssuerConversation(issuer.issuerUri());
        MachineClient seeder = issuer.seederClient();

        HttpResponse<String> fromDashboard = browser.postForm("/oauth2/token", Map.of("grant_type",
                "client_credentials"), "Authorization", basic(seeder.clientId(), seeder.secret()),
                "Origin", "http://localhost:8081");
        HttpResponse<String> fromElsewhere = browser.postForm("/oauth2/token", Map.of("grant_type",
                "client_credentials"), "Authorization", basic(seeder.clientId(), seeder.secret()),
                "Origin", "https://attacker.example");

        assertThat(fromDashboard.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:8081");
        assertThat(fromElsewhere.statusCode()).isEqualTo(403);
    }

    @Test
    void aRestartKeepsTheKeysAccountsAndSecretsSoEarlierTokensStillVerify() throws Exception {
        String before = clientCredentials(issuer.seederClient(), "plans.read");
        String accounts = Files.readString(issuer.accountsFile());
        issuer.close();

        issuer = EmbeddedIssuer.start(options);

        assertThat(Files.readString(issuer.accountsFile())).isEqualTo(accounts);
        assertThat(servicesDecode(before).getSubject()).isEqualTo(MachineClients.SEEDER);
        assertThat(servicesDecode(clientCredentials(issuer.seederClient(), "plans.read")).getSubject())
                .isEqualTo(MachineClients.SEEDER);
        for (Path secret : List.of(issuer.accountsFile(), issuer.machineClientsFile(),
                directory.resolve(SigningKey.FILE_NAME))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
        }
    }

    @Test
    void everyRoleHasADemoAccountWithItsOwnGeneratedPassword() {
        assertThat(issuer.accounts()).extracting(Account::role)
                .contains("clinician", "compliance", "program-lead", "operator");
        assertThat(issuer.accounts()).extracting(Account::password).doesNotHaveDuplicates()
                .allSatisfy(password -> assertThat(password).hasSizeGreaterThanOrEqualTo(32));
    }

    @Test
    void aTokenFromAnotherIssuerInstanceIsRefused() {
        String foreign;
        Path elsewhere = directory.resolve("other");
        IssuerOptions otherOptions = new IssuerOptions(elsewhere, "127.0.0.1", FreePort.pick(1).get(0),
                List.of(DASHBOARD), "c-demo-01", "p-demo-a");
        try (EmbeddedIssuer other = EmbeddedIssuer.start(otherOptions)) {
            foreign = clientCredentials(other, other.seederClient());
        }

        assertThatThrownBy(() -> servicesDecode(foreign)).isInstanceOf(JwtException.class);
    }

    private String clientCredentials(MachineClient client, String scope) {
        HttpResponse<String> answer = new IssuerConversation(issuer.issuerUri()).postForm("/oauth2/token",
                Map.of("grant_type", "client_credentials", "scope", scope),
                "Authorization", basic(client.clientId(), client.secret()));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer).path("access_token").asText();
    }

    private static String clientCredentials(EmbeddedIssuer from, MachineClient client) {
        HttpResponse<String> answer = new IssuerConversation(from.issuerUri()).postForm("/oauth2/token",
                Map.of("grant_type", "client_credentials"), "Authorization", basic(client.clientId(), client.secret()));
        return json(answer).path("access_token").asText();
    }

    /** Decodes as both services do, with their own settings pointed at this issuer. */
    private Jwt servicesDecode(String token) {
        return IssuerTokens.decoder(new AccessProperties(issuer.issuerUri(), null, "tandem", "roles", "name", "participant_id",
                List.of())).decode(token);
    }

    private Account account(String username) {
        return issuer.accounts().stream().filter(account -> account.username().equals(username)).findFirst()
                .orElseThrow();
    }

    private static String basic(String client, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((client + ":" + secret).getBytes());
    }
}
