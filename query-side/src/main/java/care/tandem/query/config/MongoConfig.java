package care.tandem.query.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.lang.management.ManagementFactory;

/**
 * The read models and the processors' tracking tokens live in one MongoDB database, so a read model and the
 * position it reflects are backed up and restored together.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TokenStoreProperties.class)
class MongoConfig {

    @Bean
    MongoDatabase tandemDatabase(MongoClient mongoClient, MongoProperties properties) {
        return mongoClient.getDatabase(properties.getMongoClientDatabase());
    }

    /** Where Axon keeps its own documents in that database: the tracking tokens and the dead letters. */
    @Bean
    MongoTemplate axonMongoTemplate(MongoDatabase tandemDatabase) {
        return DefaultMongoTemplate.builder().mongoDatabase(tandemDatabase).build();
    }

    /**
     * Segment claims are owned per node. Axon's default owner is the JVM's name, which the command side shares when
     * the embedded launcher runs both apps in one JVM; the prefix keeps this app's claims recognisable as its own.
     */
    @Bean
    TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer, TokenStoreProperties properties) {
        return MongoTokenStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .claimTimeout(properties.getClaimTimeout())
                .nodeId("query-side@" + ManagementFactory.getRuntimeMXBean().getName())
                .build();
    }
}
