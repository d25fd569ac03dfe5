package care.tandem.query;

import care.tandem.access.AccessConfig;
import care.tandem.access.IdRule;
import care.tandem.edge.HttpEdgeConfig;
import care.tandem.events.id.Ids;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The read side: projects the Kafka event feed into MongoDB read models and serves them over HTTP.
 * <p>
 * The embedded launcher runs this app in one JVM with the command side and the embedded issuer, so the classpath
 * also carries JDBC, Flyway, JPA, Axon's JDBC support and Spring Authorization Server. Those auto-configurations are
 * excluded by name: they must stay off here even when their classes are present. The only database this side writes is the access audit, through its own pool.
 */
@SpringBootApplication(excludeName = {
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration",
        "org.springframework.boot.autoconfigure.sql.init.SqlInitializationAutoConfiguration",
        "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
        "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
        "org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration",
        "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
        "org.axonframework.springboot.autoconfig.JpaAutoConfiguration",
        "org.axonframework.springboot.autoconfig.JpaEventStoreAutoConfiguration",
        "org.axonframework.springboot.autoconfig.legacyjpa.JpaJavaxAutoConfiguration",
        "org.axonframework.springboot.autoconfig.legacyjpa.JpaJavaxEventStoreAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerJwtAutoConfiguration"
})
@ConfigurationPropertiesScan
@Import({HttpEdgeConfig.class, AccessConfig.class})
public class QuerySideApplication {

    /** What access control takes for an id (a token's participant claim, an audited plan): the published language's. */
    @Bean
    IdRule idRule() {
        return Ids::isValid;
    }

    /** The configuration file's name; {@code application.yml} would be shared with the command side. */
    private static final String CONFIG_NAME = "query-side";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(QuerySideApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
