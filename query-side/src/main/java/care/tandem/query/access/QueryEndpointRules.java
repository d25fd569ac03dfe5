package care.tandem.query.access;

import care.tandem.access.EndpointRules;
import care.tandem.access.MachineScope;
import care.tandem.access.Role;
import care.tandem.access.audit.AuditScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * Who may call each endpoint of the query side. Which plans a clinician reads is narrowed further by
 * {@link PlanAccessInterceptor} (the care team, or break-the-glass) and {@link VisiblePlans} (lists). Everything
 * under {@code /api/} is written to the access audit, and so is every refusal elsewhere.
 */
@Configuration(proxyBeanMethods = false)
class QueryEndpointRules {

    private static final String CLINICIAN = Role.CLINICIAN.authority();
    private static final String COMPLIANCE = Role.COMPLIANCE.authority();
    private static final String PROGRAM_LEAD = Role.PROGRAM_LEAD.authority();
    private static final String OPERATOR = Role.OPERATOR.authority();
    private static final String OPERATIONS = MachineScope.OPERATIONS.authority();
    private static final String PLANS_READ = MachineScope.PLANS_READ.authority();
    private static final String PARTICIPANT = Role.PARTICIPANT.authority();

    @Bean
    EndpointRules querySideRules() {
        return rules -> rules
                // A person's record: their care team (or break-the-glass), trusted systems; the audits also compliance;
                // a participant their own views (the interceptor checks the id is theirs).
                .requestMatchers(GET, "/api/treatment-plans/{planId}/participants/{participantId}/attendance-audit")
                .hasAnyAuthority(CLINICIAN, PLANS_READ, COMPLIANCE, PARTICIPANT)
                .requestMatchers(GET, "/api/treatment-plans/{planId}/participants/{participantId}/schedule",
                        "/api/treatment-plans/{planId}/participants/{participantId}/weekly-hours")
                .hasAnyAuthority(CLINICIAN, PLANS_READ, PARTICIPANT)
                .requestMatchers(GET, "/api/treatment-plans/{planId}/attendance-audit")
                .hasAnyAuthority(CLINICIAN, PLANS_READ, COMPLIANCE)
                .requestMatchers(GET, "/api/treatment-plans/{planId}", "/api/treatment-plans/{planId}/**")
                .hasAnyAuthority(CLINICIAN, PLANS_READ)
                // A person's consents and the accounting of disclosures: a care team they are in, and compliance.
                .requestMatchers(GET, "/api/participants/{participantId}/consents",
                        "/api/participants/{participantId}/disclosures",
                        "/api/participants/{participantId}/received-disclosures",
                        "/api/participants/{participantId}/plans")
                .hasAnyAuthority(CLINICIAN, PLANS_READ, COMPLIANCE, PARTICIPANT)
                .requestMatchers(GET, "/api/compliance/**", "/api/access-audit", "/api/access-audit/**")
                .hasAuthority(COMPLIANCE)
                // Lists across plans: a clinician sees their care teams' plans only.
                .requestMatchers(GET, "/api/treatment-plans", "/api/weekly-hours", "/api/absent-partner-follow-ups")
                .hasAnyAuthority(CLINICIAN, PLANS_READ)
                .requestMatchers(GET, "/api/clinicians/{clinicianId}/schedule").hasAnyAuthority(CLINICIAN, PLANS_READ)
                // FHIR bulk export across plans: a clinician's care teams' plans, a trusted system's every plan.
                .requestMatchers(GET, "/api/fhir/$export").hasAnyAuthority(CLINICIAN, PLANS_READ)
                // Counts and clinician ids, never people.
                .requestMatchers(GET, "/api/reports/**", "/api/clinicians")
                .hasAnyAuthority(CLINICIAN, PROGRAM_LEAD, COMPLIANCE, PLANS_READ)
                .requestMatchers(GET, "/api/clinic").authenticated()
                // One's own calendar feed: issued, rotated and ended with a token; read by a calendar app with the
                // secret in its URL instead (the controller answers 404 for any other).
                .requestMatchers(GET, "/api/calendar-feed").hasAnyAuthority(CLINICIAN, PARTICIPANT)
                .requestMatchers(POST, "/api/calendar-feed").hasAnyAuthority(CLINICIAN, PARTICIPANT)
                .requestMatchers(DELETE, "/api/calendar-feed").hasAnyAuthority(CLINICIAN, PARTICIPANT)
                .requestMatchers(GET, "/calendar-feeds/*").permitAll()
                // Ending someone else's feed (a clinician who left, a URL that leaked): ids only, no health data.
                .requestMatchers(DELETE, "/api/calendar-feeds/clinicians/{clinicianId}",
                        "/api/calendar-feeds/participants/{participantId}").hasAnyAuthority(OPERATOR, COMPLIANCE)
                .requestMatchers(GET, "/api/operations/**").hasAnyAuthority(OPERATOR, OPERATIONS)
                .requestMatchers(POST, "/api/operations/**").hasAnyAuthority(OPERATOR, OPERATIONS)
                // The dashboard's pages and scripts hold no data; every data call they make needs a token.
                .requestMatchers(GET, "/", "/favicon.ico", "/dashboard", "/dashboard/**",
                        "/webjars/**").permitAll()
                .requestMatchers(GET, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                        "/swagger-ui/**").permitAll()
                .requestMatchers(GET, "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                .permitAll()
                .requestMatchers(GET, "/actuator/metrics", "/actuator/metrics/**", "/actuator/prometheus")
                .hasAnyAuthority(OPERATOR, MachineScope.METRICS_READ.authority())
                .requestMatchers("/error").permitAll();
    }

    @Bean
    AuditScope querySideAuditScope() {
        return (request, status) -> request.getRequestURI().startsWith("/api/")
                || request.getRequestURI().startsWith("/calendar-feeds/") || status == 401 || status == 403;
    }
}
