package care.tandem.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, from a verified token: the subject (the person's or the machine client's id at the issuer), a
 * display name, their roles and scopes, the client they came through, and for a participant the participant id the
 * token binds them to (null otherwise). Never from a header the caller wrote.
 */
public record Caller(String subject, String displayName, Set<Role> roles, Set<MachineScope> scopes, String clientId,
                     String participantId) {

    public static final String REQUEST_ATTRIBUTE = Caller.class.getName();

    public static Optional<Caller> of(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken token) || !token.isAuthenticated()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<MachineScope> scopes = EnumSet.noneOf(MachineScope.class);
        for (GrantedAuthority authority : token.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
            for (MachineScope scope : MachineScope.values()) {
                if (scope.authority().equals(authority.getAuthority())) {
                    scopes.add(scope);
                }
            }
        }
        String name = token.getToken().getClaimAsString(CallerAuthentication.DISPLAY_NAME_CLAIM);
        String client = Optional.ofNullable(token.getToken().getClaimAsString("azp"))
                .orElse(token.getToken().getClaimAsString("client_id"));
        return Optional.of(new Caller(token.getName(), name == null ? token.getName() : name, roles, scopes, client,
                roles.contains(Role.PARTICIPANT)
                        ? token.getToken().getClaimAsString(CallerAuthentication.PARTICIPANT_CLAIM) : null));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean has(MachineScope scope) {
        return scopes.contains(scope);
    }
}
