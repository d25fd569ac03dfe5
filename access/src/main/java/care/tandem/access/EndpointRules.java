package care.tandem.access;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's explicit rule for each of its endpoints. Whatever no rule names is denied to everyone, so a new
 * endpoint without a rule is refused, not open.
 */
@FunctionalInterface
public interface EndpointRules {

    void declare(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules);
}
