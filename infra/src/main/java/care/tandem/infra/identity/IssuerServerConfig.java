package care.tandem.infra.identity;

import care.tandem.infra.identity.DemoAccounts.Account;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import java.util.List;

/**
 * The embedded issuer's Spring context: Spring Authorization Server with OpenID Connect, a login form for the demo
 * accounts, and nothing else of the platform (only the auto-configurations a servlet app with Spring Security
 * needs are imported, so the Kafka, Mongo, JDBC and Axon classes on the classpath stay unused here).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        ServletWebServerFactoryAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class,
        JacksonAutoConfiguration.class,
        ErrorMvcAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class})
class IssuerServerConfig {

    /** The audience every Tandem service checks (tandem.security.audience). */
    static final String AUDIENCE = "tandem";

    /** The protocol endpoints; the dashboard's origin may call them from the browser, a person is sent to log in. */
    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, configurer -> configurer.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .cors(Customizer.withDefaults())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                // The OpenID Connect userinfo endpoint takes the issuer's own access tokens.
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
        return http.build();
    }

    /** Everything else: Spring Security's login page for people. */
    @Bean
    @Order(2)
    SecurityFilterChain login(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService demoAccounts(IssuerState state) {
        return new InMemoryUserDetailsManager(state.accounts().stream()
                .map(account -> User.withUsername(account.username()).password(PrivateFiles.hashed(account.password()))
                        .authorities(account.role()).build())
                .toList());
    }

    @Bean
    RegisteredClientRepository clients(IssuerState state) {
        return new InMemoryRegisteredClientRepository(IssuerClients.all(state));
    }

    @Bean
    JWKSource<SecurityContext> signingKeys(IssuerState state) {
        return new ImmutableJWKSet<>(new JWKSet(state.signingKey()));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> signingKeys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKeys);
    }

    @Bean
    AuthorizationServerSettings settings(IssuerState state) {
        return AuthorizationServerSettings.builder().issuer(state.options().issuerUri()).build();
    }

    /**
     * Access tokens are for Tandem's services (audience {@value #AUDIENCE}); a person's tokens carry their role and
     * display name, a machine client's only its scopes.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tandemClaims(IssuerState state) {
        return context -> {
            boolean accessToken = context.getTokenType().getValue().equals("access_token");
            boolean idToken = context.getTokenType().getValue().equals(OidcParameterNames.ID_TOKEN);
            if (accessToken) {
                // RFC 9068: the client a token was issued to, which the access audit records.
                context.getClaims().audience(List.of(AUDIENCE))
                        .claim("client_id", context.getRegisteredClient().getClientId());
            }
            if ((accessToken || idToken)
                    && !AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                state.account(context.getPrincipal().getName()).ifPresent(account -> person(context, account));
            }
        };
    }

    private static void person(JwtEncodingContext context, Account account) {
        context.getClaims().claim("roles", List.of(account.role())).claim("name", account.displayName());
        if (account.participantId() != null) {
            context.getClaims().claim("participant_id", account.participantId());
        }
    }

    /** Named as Spring Security's {@code cors()} looks it up: the dashboard's origins, nothing else. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(IssuerState state) {
        CorsConfiguration dashboard = new CorsConfiguration();
        dashboard.setAllowedOrigins(state.options().dashboardOrigins());
        dashboard.setAllowedMethods(List.of("GET", "POST"));
        dashboard.setAllowedHeaders(List.of("Authorization", "Content-Type"));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", dashboard);
        return source;
    }
}
