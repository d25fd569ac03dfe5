package care.tandem.access.audit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

/**
 * A small connection pool of its own on the access audit's PostgreSQL database, working in one schema that Flyway
 * migrates from {@code classpath:db/<schema with '-' for '_'>} with a history table of its own: how the access audit
 * and the query side's calendar feeds keep durable state beside a service's other stores.
 */
public final class SchemaPool {

    private SchemaPool() {
    }

    public static HikariDataSource open(AccessAuditProperties database, String schema, int poolSize) {
        if (database.url() == null || database.url().isBlank()) {
            throw new IllegalStateException("tandem.access-audit.url must name the PostgreSQL database of the "
                    + "access audit");
        }
        HikariConfig pool = new HikariConfig();
        pool.setPoolName(schema.replace('_', '-'));
        pool.setJdbcUrl(database.url());
        pool.setUsername(database.username());
        pool.setPassword(database.password());
        pool.setMaximumPoolSize(poolSize);
        pool.setSchema(schema);
        // Keeps bound values out of exception messages and logs.
        pool.addDataSourceProperty("logServerErrorDetail", "false");
        HikariDataSource dataSource = new HikariDataSource(pool);
        try {
            Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
                    .table(schema + "_schema_history").locations("classpath:db/" + schema.replace('_', '-'))
                    .load().migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return dataSource;
    }
}
