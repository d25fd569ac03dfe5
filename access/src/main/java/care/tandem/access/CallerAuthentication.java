package care.tandem.access;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a verified token into Tandem's authorities: each known role in the configured role claim (a dotted path
 * such as {@code realm_access.roles} reaches into nested claims) and each known machine scope. Unknown roles and
 * scopes grant nothing. The display name and a participant's id are copied under claim names of Tandem's own, so the
 * rest of Tandem need not know the provider's; a participant id that is no valid id is dropped.
 */
public final class CallerAuthentication implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String DISPLAY_NAME_CLAIM = "tandem_display_name";
    static final String PARTICIPANT_CLAIM = "tandem_participant_id";

    private final String rolesClaim;
    private final String nameClaim;
    private final String participantClaim;
    private final IdRule ids;

    public CallerAuthentication(String rolesClaim, String nameClaim, String participantClaim,
                                IdRule ids) {
        this.rolesClaim = rolesClaim;
        this.nameClaim = nameClaim;
        this.participantClaim = participantClaim;
        this.ids = ids;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String value : values(claimAt(jwt.getClaims(), rolesClaim))) {
            Role.fromClaim(value).ifPresent(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        }
        Object scopes = jwt.getClaims().containsKey("scope") ? jwt.getClaim("scope") : jwt.getClaim("scp");
        for (String value : values(scopes)) {
            for (MachineScope scope : MachineScope.values()) {
                if (scope.scope().equals(value)) {
                    authorities.add(new SimpleGrantedAuthority(scope.authority()));
                }
            }
        }
        Map<String, Object> claims = new LinkedHashMap<>(jwt.getClaims());
        Object name = claimAt(jwt.getClaims(), nameClaim);
        if (name instanceof String displayName && !displayName.isBlank()) {
            claims.put(DISPLAY_NAME_CLAIM, displayName.length() > 200 ? displayName.substring(0, 200) : displayName);
        }
        Object participant = claimAt(jwt.getClaims(), participantClaim);
        if (participant instanceof String participantId && ids.accepts(participantId)) {
            claims.put(PARTICIPANT_CLAIM, participantId);
        }
        Jwt withName = new Jwt(jwt.getTokenValue(), jwt.getIssuedAt(), jwt.getExpiresAt(), jwt.getHeaders(), claims);
        return new JwtAuthenticationToken(withName, authorities, jwt.getSubject());
    }

    private static Object claimAt(Map<String, Object> claims, String path) {
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    /** A claim as a list of strings: a JSON array, or a space-separated string as OAuth2 writes scopes. */
    private static List<String> values(Object claim) {
        if (claim instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String text && !text.isBlank()) {
            return List.of(text.trim().split("\\s+"));
        }
        return List.of();
    }
}
