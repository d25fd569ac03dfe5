package care.tandem.command;

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
 * The command side: clinicians' commands in, events into the PostgreSQL event store and out to Kafka.
 * Read-side and authorization-server autoconfigurations are excluded by name because the infra launcher runs this
 * app in one JVM beside the query side and the embedded issuer, whose classes are then on the classpath too.
 */
@SpringBootApplication(excludeName = {
        "org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration",
        "org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration",
        "org.springframework.boot.autoconfigure.data.mongo.MongoRepositoriesAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.data.mongo.MongoHealthContributorAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.mongo.MongoMetricsAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerJwtAutoConfiguration"
})
@ConfigurationPropertiesScan
@Import({HttpEdgeConfig.class, AccessConfig.class})
public class CommandSideApplication {

    /** What access control takes for an id (a token's participant claim, an audited plan): the published language's. */
    @Bean
    IdRule idRule() {
        return Ids::isValid;
    }

    /** Its own config name, so this app's settings never clash with the query side's in one JVM. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(CommandSideApplication.class)
                .properties("spring.config.name=command-side");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
