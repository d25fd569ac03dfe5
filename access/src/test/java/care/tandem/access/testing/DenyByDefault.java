package care.tandem.access.testing;

import care.tandem.access.MachineScope;
import care.tandem.access.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a deny-by-default test needs: every endpoint and method the running application maps (its controllers,
 * springdoc's and the actuator's), every kind of caller, and a table of who may call what in which an endpoint
 * without a row fails the test.
 */
public final class DenyByDefault {

    /** One mapped operation; {@link #samplePath()} fills its path variables with a valid id. */
    public record Endpoint(String method, String pattern) implements Comparable<Endpoint> {

        public String key() {
            return method + " " + pattern;
        }

        public String samplePath() {
            return pattern.replaceAll("\\{\\*?[A-Za-z]+}", "x-1").replace("/**", "/x-1");
        }

        @Override
        public int compareTo(Endpoint other) {
            return key().compareTo(other.key());
        }
    }

    /** Who calls: nobody, an invalid token of each kind, each role, each machine scope. */
    public enum Caller {
        NO_TOKEN, EXPIRED, OTHER_ISSUER, OTHER_AUDIENCE, CLINICIAN, COMPLIANCE, PROGRAM_LEAD, OPERATOR, PLANS_READ,
        PLANS_WRITE, METRICS_READ, OPERATIONS, PARTICIPANT;

        public static final Set<Caller> INVALID = EnumSet.of(NO_TOKEN, EXPIRED, OTHER_ISSUER, OTHER_AUDIENCE);
        public static final Set<Caller> VALID = EnumSet.complementOf(EnumSet.copyOf(INVALID));

        /** The token this caller sends, or null for none. The clinician's subject is on no care team. */
        public String token() {
            TestIssuer issuer = TestIssuer.shared();
            return switch (this) {
                case NO_TOKEN -> null;
                case EXPIRED -> issuer.expired("c-deny", Role.values());
                case OTHER_ISSUER -> issuer.fromAnotherIssuer("c-deny", Role.values());
                case OTHER_AUDIENCE -> issuer.forAnotherAudience("c-deny", Role.values());
                case CLINICIAN -> issuer.clinician("c-deny");
                case COMPLIANCE -> issuer.person("compliance-deny", Role.COMPLIANCE);
                case PROGRAM_LEAD -> issuer.person("lead-deny", Role.PROGRAM_LEAD);
                case OPERATOR -> issuer.person("operator-deny", Role.OPERATOR);
                case PLANS_READ -> issuer.machine("reader-deny", MachineScope.PLANS_READ);
                case PLANS_WRITE -> issuer.machine("writer-deny", MachineScope.PLANS_WRITE);
                case METRICS_READ -> issuer.machine("scraper-deny", MachineScope.METRICS_READ);
                case OPERATIONS -> issuer.machine("automation-deny", MachineScope.OPERATIONS);
                case PARTICIPANT -> issuer.participant("participant-deny", "p-deny");
            };
        }
    }

    /** A row of the expected rules: the endpoints whose key matches, and who may call them. */
    public record Rule(Pattern endpoints, Set<Caller> allowed) {

        public static Rule of(String keyRegex, Caller... allowed) {
            return new Rule(Pattern.compile(keyRegex),
                    allowed.length == 0 ? EnumSet.noneOf(Caller.class) : EnumSet.of(allowed[0], allowed));
        }

        /** Open to anyone, even without a token; a token sent must still be valid (else 401, as everywhere). */
        public static Rule open(String keyRegex) {
            Set<Caller> allowed = EnumSet.copyOf(Caller.VALID);
            allowed.add(Caller.NO_TOKEN);
            return new Rule(Pattern.compile(keyRegex), allowed);
        }
    }

    private DenyByDefault() {
    }

    /** Every operation the application maps; a mapping without methods counts once per method it answers. */
    public static Set<Endpoint> mapped(ApplicationContext context) {
        Set<Endpoint> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping
                : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                List<RequestMethod> each = methods.isEmpty() ? List.of(RequestMethod.GET, RequestMethod.POST)
                        : List.copyOf(methods);
                for (String pattern : info.getPatternValues()) {
                    each.forEach(method -> endpoints.add(new Endpoint(method.name(), pattern)));
                }
            }
        }
        return endpoints;
    }

    /** The rule for an endpoint: the first row matching its key. */
    public static Rule ruleFor(Endpoint endpoint, List<Rule> rules) {
        return rules.stream().filter(rule -> rule.endpoints().matcher(endpoint.key()).matches()).findFirst()
                .orElseThrow(() -> new AssertionError(endpoint.key() + " has no rule: every endpoint needs one"));
    }
}
