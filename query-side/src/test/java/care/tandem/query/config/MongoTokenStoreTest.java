package care.tandem.query.config;

import care.tandem.events.serialization.TandemSerialization;
import care.tandem.query.testing.InMemoryMongo;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.axonframework.springboot.TokenStoreProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The Kafka feed's positions survive the trip through Jackson into the MongoDB token store and back. */
class MongoTokenStoreTest {

    private static final String PROCESSOR = "schedule";

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private TokenStore tokenStore;

    @BeforeEach
    void newTokenStore() {
        MongoConfig config = new MongoConfig();
        tokenStore = config.tokenStore(config.axonMongoTemplate(mongo.freshDatabase()),
                                       TandemSerialization.serializer(), new TokenStoreProperties());
        tokenStore.initializeTokenSegments(PROCESSOR, 1);
    }

    @Test
    void aNewProcessorStartsWithoutAToken() {
        assertThat(tokenStore.fetchToken(PROCESSOR, 0)).isNull();
    }

    @Test
    void keepsTheKafkaPositionOfEveryPartition() {
        TrackingToken positions = KafkaTrackingToken.emptyToken()
                .advancedTo("tandem.events", 0, 41)
                .advancedTo("tandem.events", 2, 7);

        assertThat(storedAndFetched(positions)).isEqualTo(positions);
    }

    @Test
    void keepsAReplayOfTheKafkaFeedAfterAReset() {
        KafkaTrackingToken head = KafkaTrackingToken.emptyToken().advancedTo("tandem.events", 0, 41);
        TrackingToken replay = ReplayToken.createReplayToken(head, KafkaTrackingToken.emptyToken()
                .advancedTo("tandem.events", 0, 3));

        assertThat(storedAndFetched(replay)).isEqualTo(replay);
    }

    private TrackingToken storedAndFetched(TrackingToken token) {
        tokenStore.fetchToken(PROCESSOR, 0);
        tokenStore.storeToken(token, PROCESSOR, 0);
        return tokenStore.fetchToken(PROCESSOR, 0);
    }
}
