package care.tandem.command.config;

import care.tandem.access.EndpointRules;
import care.tandem.access.MachineScope;
import care.tandem.access.Role;
import care.tandem.access.audit.AuditScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call each endpoint of the command side. Commands: clinicians (the plan's care team is then checked by the
 * plan itself) and machine clients with {@code plans.write}. The API description and the health probes are open;
 * metrics are for operators and scrapers. Anything else is denied. Successful commands are recorded in the event
 * store with their actor, so the access audit here takes the refusals.
 */
@Configuration(proxyBeanMethods = false)
class CommandEndpointRules {

    @Bean
    EndpointRules commandSideRules() {
        return rules -> rules
                // A participant records and revokes their own consents (the plan checks whose).
                .requestMatchers(HttpMethod.POST, "/api/treatment-plans/{planId}/members/{participantId}/consents",
                        "/api/treatment-plans/{planId}/members/{participantId}/consents/{consentId}/revocation")
                .hasAnyAuthority(Role.CLINICIAN.authority(), MachineScope.PLANS_WRITE.authority(),
                        Role.PARTICIPANT.authority())
                // Shredding a person's personal text: compliance staff (the privacy officer) alone.
                .requestMatchers(HttpMethod.POST, "/api/participants/{participantId}/shredding")
                .hasAuthority(Role.COMPLIANCE.authority())
                .requestMatchers(HttpMethod.POST, "/api/treatment-plans", "/api/treatment-plans/**")
                .hasAnyAuthority(Role.CLINICIAN.authority(), MachineScope.PLANS_WRITE.authority())
                .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                        "/swagger-ui.html", "/swagger-ui/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/liveness",
                        "/actuator/health/readiness").permitAll()
                .requestMatchers(HttpMethod.GET, "/actuator/metrics", "/actuator/metrics/**", "/actuator/prometheus")
                .hasAnyAuthority(Role.OPERATOR.authority(), MachineScope.METRICS_READ.authority())
                // The event store's integrity: verified by operators and compliance staff, checkpointed by operators.
                .requestMatchers(HttpMethod.GET, "/actuator/event-store").hasAnyAuthority(Role.OPERATOR.authority(),
                        MachineScope.OPERATIONS.authority(), Role.COMPLIANCE.authority())
                .requestMatchers(HttpMethod.POST, "/actuator/event-store").hasAnyAuthority(Role.OPERATOR.authority(),
                        MachineScope.OPERATIONS.authority())
                .requestMatchers("/error").permitAll();
    }

    @Bean
    AuditScope commandSideAuditScope() {
        return AuditScope.refusals();
    }
}
