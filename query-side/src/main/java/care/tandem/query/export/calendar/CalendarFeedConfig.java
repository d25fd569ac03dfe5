package care.tandem.query.export.calendar;

import care.tandem.access.audit.AccessAuditProperties;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
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
    private static final String SCHEMA = "calendar_feeds";

    /**
     * Its pool is not a {@code DataSource} bean: one would switch on JDBC auto-configuration on the query side. The
     * store closes it.
     */
    @Bean(destroyMethod = "close")
    CalendarFeedStore calendarFeedStore(AccessAuditProperties database) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("calendar-feeds");
        pool.setJdbcUrl(database.url());
        pool.setUsername(database.username());
        pool.setPassword(database.password());
        pool.setMaximumPoolSize(POOL_SIZE);
        pool.setSchema(SCHEMA);
        // Keeps bound values (secrets' hashes, ids) out of exception messages and logs.
        pool.addDataSourceProperty("logServerErrorDetail", "false");
        HikariDataSource dataSource = new HikariDataSource(pool);
        try {
            Flyway.configure().dataSource(dataSource).schemas(SCHEMA).createSchemas(true)
                    .table("calendar_feeds_schema_history").locations("classpath:db/calendar-feeds").load().migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new CalendarFeedStore(dataSource, Clock.systemUTC());
    }
}
