package care.tandem.command.access;

import care.tandem.access.testing.DenyByDefault;
import care.tandem.access.testing.DenyByDefault.Caller;
import care.tandem.access.testing.DenyByDefault.Endpoint;
import care.tandem.access.testing.DenyByDefault.Rule;
import care.tandem.command.testing.CommandSideHttpTest;
import care.tandem.command.testing.TestPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static care.tandem.access.testing.DenyByDefault.Caller.CLINICIAN;
import static care.tandem.access.testing.DenyByDefault.Caller.METRICS_READ;
import static care.tandem.access.testing.DenyByDefault.Caller.OPERATOR;
import static care.tandem.access.testing.DenyByDefault.Caller.PARTICIPANT;
import static care.tandem.access.testing.DenyByDefault.Caller.PLANS_WRITE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint and method the running command side maps, called with no token, each kind of invalid token and
 * each role and scope: the test fails if an endpoint has no rule here, if an invalid token is not 401, or if a caller
 * the rule leaves out is not refused with 403.
 */
@CommandSideHttpTest
class CommandSideDenyByDefaultTest {

    static final EmbeddedPostgres POSTGRES = TestPostgres.start();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, POSTGRES);
    }

    private static final List<Rule> RULES = List.of(
            Rule.of("POST /api/treatment-plans/\\{planId}/members/\\{participantId}/consents"
                    + "(/\\{consentId}/revocation)?", CLINICIAN, PLANS_WRITE, PARTICIPANT),
            Rule.of("POST /api/treatment-plans(/.*)?", CLINICIAN, PLANS_WRITE),
            Rule.of("POST /api/participants/\\{participantId}/shredding", Caller.COMPLIANCE),
            Rule.open("GET /v3/api-docs(\\.yaml|/.*)?"),
            Rule.open("GET /swagger-ui\\.html"),
            Rule.open("GET /actuator/health"),
            // Probes only (liveness, readiness: OperationalEndpointsTest); no component or other group is open.
            Rule.of("GET /actuator/health/\\*\\*"),
            Rule.of("GET /actuator/(metrics|prometheus)(/.*)?", OPERATOR, METRICS_READ),
            Rule.of("GET /actuator/event-store", OPERATOR, Caller.OPERATIONS, Caller.COMPLIANCE),
            Rule.of("POST /actuator/event-store", OPERATOR, Caller.OPERATIONS),
            Rule.of("GET /actuator"),
            Rule.open("(GET|POST) /error"));

    @Autowired
    TestRestTemplate http;
    @Autowired
    ApplicationContext context;

    @Test
    void everyEndpointHasARuleAndRefusesEveryoneElse() {
        Set<Endpoint> endpoints = DenyByDefault.mapped(context);
        assertThat(endpoints).as("the command API's endpoints are found").hasSizeGreaterThan(25);
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            Rule rule = DenyByDefault.ruleFor(endpoint, RULES);
            for (Caller caller : Caller.values()) {
                ResponseEntity<String> answer = call(endpoint, caller);
                int status = answer.getStatusCode().value();
                String body = answer.getBody() == null ? "" : answer.getBody();
                if (Caller.INVALID.contains(caller) && caller != Caller.NO_TOKEN) {
                    if (status != 401) {
                        wrong.add(endpoint.key() + " answered an invalid token (" + caller + ") with " + status);
                    }
                } else if (rule.allowed().contains(caller)) {
                    if (status == 401 || body.contains("/problems/forbidden")) {
                        wrong.add(endpoint.key() + " refused " + caller + " (" + status + ")");
                    }
                } else if (Caller.INVALID.contains(caller) ? status != 401
                        : status != 403 || !body.contains("/problems/forbidden")) {
                    wrong.add(endpoint.key() + " answered " + caller + " with " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private ResponseEntity<String> call(Endpoint endpoint, Caller caller) {
        HttpHeaders headers = new HttpHeaders();
        if (caller.token() != null) {
            headers.setBearerAuth(caller.token());
        }
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(endpoint.samplePath(), HttpMethod.valueOf(endpoint.method()),
                new HttpEntity<>("POST".equals(endpoint.method()) ? "{}" : null, headers), String.class);
    }
}
