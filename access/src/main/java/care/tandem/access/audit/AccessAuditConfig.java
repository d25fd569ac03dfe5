package care.tandem.access.audit;

import care.tandem.access.IdRule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The access audit's own pool and schema ({@code access_audit}, migrated by Flyway with its own history table), so
 * a service without a database of its own (the query side) keeps it as durably as the one with the event store.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessAuditProperties.class)
public class AccessAuditConfig {

    /** Before Spring Security's filters, so every refusal they write is recorded too. */
    static final int FILTER_ORDER = SecurityProperties.DEFAULT_FILTER_ORDER - 10;

    /**
     * Its pool is not a {@code DataSource} bean: one would displace the command side's own (Spring Boot creates that
     * only when no other exists) and switch on JDBC auto-configuration on the query side.
     */
    @Bean(destroyMethod = "close")
    AccessAuditLog accessAuditLog(AccessAuditProperties properties) {
        return new AccessAuditLog(SchemaPool.open(properties, "access_audit", properties.poolSize()));
    }

    @Bean
    FilterRegistrationBean<AccessAuditFilter> accessAuditFilter(
            @Value("${spring.application.name}") String service, AccessAuditLog log, AuditScope scope,
            ObjectProvider<RecordSubjects> subjects, IdRule ids) {
        FilterRegistrationBean<AccessAuditFilter> registration = new FilterRegistrationBean<>(
                new AccessAuditFilter(service, log, scope, subjects, ids, Clock.systemUTC()));
        registration.setOrder(FILTER_ORDER);
        return registration;
    }
}
