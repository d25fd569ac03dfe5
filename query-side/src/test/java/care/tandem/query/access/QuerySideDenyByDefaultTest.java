package care.tandem.query.access;

import care.tandem.access.testing.DenyByDefault;
import care.tandem.access.testing.DenyByDefault.Caller;
import care.tandem.access.testing.DenyByDefault.Endpoint;
import care.tandem.access.testing.DenyByDefault.Rule;
import care.tandem.query.testing.RunningQuerySide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static care.tandem.access.testing.DenyByDefault.Caller.CLINICIAN;
import static care.tandem.access.testing.DenyByDefault.Caller.COMPLIANCE;
import static care.tandem.access.testing.DenyByDefault.Caller.METRICS_READ;
import static care.tandem.access.testing.DenyByDefault.Caller.OPERATOR;
import static care.tandem.access.testing.DenyByDefault.Caller.PLANS_READ;
import static care.tandem.access.testing.DenyByDefault.Caller.PROGRAM_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint and method the running query side maps, called with no token, each kind of invalid token and each
 * role and scope: the test fails if an endpoint has no rule here, if an invalid token is not 401, or if a caller the
 * rule leaves out is not refused with 403. A clinician allowed by role may still be refused by the care team
 * ({@code not-on-care-team}): AccessHttpTest covers that.
 */
class QuerySideDenyByDefaultTest {

    @RegisterExtension
    static final RunningQuerySide querySide = new RunningQuerySide();

    private static final String PLAN = "GET /api/treatment-plans/\\{planId}";

    private static final List<Rule> RULES = List.of(
            Rule.of(PLAN + "/participants/\\{participantId}/attendance-audit", CLINICIAN, PLANS_READ, COMPLIANCE,
                    Caller.PARTICIPANT),
            Rule.of(PLAN + "/participants/\\{participantId}/(schedule|weekly-hours)", CLINICIAN, PLANS_READ,
                    Caller.PARTICIPANT),
            Rule.of(PLAN + "/attendance-audit", CLINICIAN, PLANS_READ, COMPLIANCE),
            Rule.of(PLAN + "(/.*)?", CLINICIAN, PLANS_READ),
            Rule.of("GET /api/(compliance/.*|access-audit)", COMPLIANCE),
            Rule.of("GET /api/participants/\\{participantId}/(consents|disclosures|received-disclosures|plans)",
                    CLINICIAN, PLANS_READ, COMPLIANCE, Caller.PARTICIPANT),
            Rule.of("GET /api/(treatment-plans|weekly-hours|absent-partner-follow-ups)", CLINICIAN, PLANS_READ),
            Rule.of("GET /api/clinicians/\\{clinicianId}/schedule", CLINICIAN, PLANS_READ),
            Rule.of("GET /api/fhir/\\$export", CLINICIAN, PLANS_READ),
            Rule.of("GET /api/(reports/.*|clinicians)", CLINICIAN, PROGRAM_LEAD, COMPLIANCE, PLANS_READ),
            Rule.of("GET /api/clinic", CLINICIAN, COMPLIANCE, PROGRAM_LEAD, OPERATOR, PLANS_READ,
                    Caller.PLANS_WRITE, METRICS_READ, Caller.OPERATIONS, Caller.PARTICIPANT),
            Rule.of("(GET|POST) /api/operations/.*", OPERATOR, Caller.OPERATIONS),
            Rule.of("(GET|POST|DELETE) /api/calendar-feed", CLINICIAN, Caller.PARTICIPANT),
            Rule.open("GET /calendar-feeds/\\{secret}\\.ics"),
            Rule.of("DELETE /api/calendar-feeds/(clinicians/\\{clinicianId}|participants/\\{participantId})",
                    OPERATOR, COMPLIANCE),
            Rule.open("GET /dashboard/login-config"),
            Rule.open("GET /v3/api-docs(\\.yaml|/.*)?"),
            Rule.open("GET /swagger-ui\\.html"),
            Rule.open("GET /actuator/health"),
            Rule.of("GET /actuator/health/\\*\\*"),
            Rule.of("GET /actuator/(metrics|prometheus)(/.*)?", OPERATOR, METRICS_READ),
            Rule.of("GET /actuator"),
            Rule.open("(GET|POST) /error"));

    @Test
    void everyEndpointHasARuleAndRefusesEveryoneElse() throws Exception {
        Set<Endpoint> endpoints = DenyByDefault.mapped(querySide.app());
        assertThat(endpoints).as("the query API's endpoints are found").hasSizeGreaterThan(25);
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            Rule rule = DenyByDefault.ruleFor(endpoint, RULES);
            for (Caller caller : Caller.values()) {
                HttpResponse<String> answer = querySide.send(endpoint.method(), endpoint.samplePath(), caller.token());
                int status = answer.statusCode();
                if (Caller.INVALID.contains(caller) && caller != Caller.NO_TOKEN) {
                    if (status != 401) {
                        wrong.add(endpoint.key() + " answered an invalid token (" + caller + ") with " + status);
                    }
                } else if (rule.allowed().contains(caller)) {
                    if (status == 401 || answer.body().contains("/problems/forbidden")) {
                        wrong.add(endpoint.key() + " refused " + caller + " (" + status + ")");
                    }
                } else if (caller == Caller.NO_TOKEN ? status != 401
                        : status != 403 || !answer.body().contains("/problems/forbidden")) {
                    wrong.add(endpoint.key() + " answered " + caller + " with " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
