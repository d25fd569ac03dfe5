package care.tandem.access;

import care.tandem.access.audit.AccessAuditConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import java.util.List;

/**
 * Both services' security: every request needs a valid token unless an endpoint rule opens it; whatever no rule
 * names is denied. Stateless (no session, so no cookie for CSRF to ride on), Spring Security's headers (including
 * {@code Cache-Control: no-store}) on every answer, a content security policy, no referrer, and CORS closed unless
 * origins are configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(AccessProperties.class)
@Import(AccessAuditConfig.class)
public class AccessConfig {

    @Bean
    JwtDecoder jwtDecoder(AccessProperties properties) {
        return IssuerTokens.decoder(properties);
    }

    @Bean
    SecurityFilterChain tandemSecurity(HttpSecurity http, EndpointRules endpointRules, AccessProperties properties,
                                       IdRule ids,
                                       @Value("${tandem.security.content-security-policy:default-src 'none'; "
                                               + "frame-ancestors 'none'}") String contentSecurityPolicy)
            throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> { })
                .authorizeHttpRequests(rules -> {
                    endpointRules.declare(rules);
                    rules.anyRequest().denyAll();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(
                                new CallerAuthentication(properties.rolesClaim(), properties.nameClaim(),
                                        properties.participantClaim(), ids)))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .addFilterAfter(new CallerAttributeFilter(), BearerTokenAuthenticationFilter.class);
        if (properties.allowedOrigins().isEmpty()) {
            http.cors(cors -> cors.disable());
        } else {
            http.cors(cors -> cors.configurationSource(corsFor(properties.allowedOrigins())));
        }
        return http.build();
    }

    /** Spring Security's firewall answers its rejections with this (found as a bean), instead of an empty 400. */
    @Bean
    RequestRejectedHandler rejectedAsProblems() {
        return new ProblemSecurityHandlers();
    }

    private static UrlBasedCorsConfigurationSource corsFor(List<String> origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins);
        cors.setAllowedMethods(List.of("GET", "POST"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "Idempotency-Key", "If-Match",
                "X-Correlation-Id", "Tandem-Purpose-Of-Use", "Tandem-Break-The-Glass"));
        cors.setExposedHeaders(List.of("X-Correlation-Id", "ETag", "Location", "Tandem-Read-Models-Stale",
                "Tandem-Read-Models-Rebuilding"));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }
}
