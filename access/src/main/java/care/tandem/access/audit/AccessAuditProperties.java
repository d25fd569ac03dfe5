package care.tandem.access.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The PostgreSQL database the access audit is kept in (its own schema and pool). */
@ConfigurationProperties("tandem.access-audit")
public record AccessAuditProperties(String url, String username, String password, @DefaultValue("4") int poolSize) {
}
