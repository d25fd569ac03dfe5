package care.tandem.query.integrity;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;

/**
 * The event store's database, read only: for the compliance replay's verification and for the person keys that open
 * personal text on the feed. It connects when first asked, so the query side starts without it. Not a DataSource
 * bean: the query side keeps no JDBC state of its own for Spring or Axon to configure.
 */
@Component
class EventStoreDatabase implements DisposableBean {

    private final HikariDataSource pool;

    EventStoreDatabase(@Value("${tandem.integrity.event-store-url}") String url,
                       @Value("${tandem.integrity.event-store-username}") String username,
                       @Value("${tandem.integrity.event-store-password}") String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(username);
        config.setPassword(password);
        config.setMaximumPoolSize(2);
        config.setReadOnly(true);
        config.setInitializationFailTimeout(-1);
        config.setPoolName("event-store");
        this.pool = new HikariDataSource(config);
    }

    DataSource dataSource() {
        return pool;
    }

    @Override
    public void destroy() {
        pool.close();
    }
}
