package care.tandem.query.export.calendar;

import care.tandem.access.audit.AccessAuditProperties;
import care.tandem.access.audit.SchemaPool;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The feeds' secrets live in the access audit's PostgreSQL database, in a schema of their own migrated by Flyway: they
 * must survive restarts, which the read models' store (rebuilt from the feed) does not promise.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarFeedProperties.class)
class CalendarFeedConfig {

    private static final int POOL_SIZE = 2;

    /**
     * Its pool is not a {@code DataSource} bean: one would switch on JDBC auto-configuration on the query side. The
     * store closes it.
     */
    @Bean(destroyMethod = "close")
    CalendarFeedStore calendarFeedStore(AccessAuditProperties database) {
        return new CalendarFeedStore(SchemaPool.open(database, "calendar_feeds", POOL_SIZE), Clock.systemUTC());
    }
}
