package care.tandem.query.operations;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether every read model has handled the events the feed held when this instance started. Until then the read
 * models answer from an older state, or from nothing at all on a store that starts empty, as the embedded in-memory
 * store does at every start: the query side is not ready. Once caught up it stays so; falling behind later is what
 * {@link ReadModelHealth} watches.
 * <p>
 * Judged from the tracking tokens in the store, not from this instance's processors: with several query-side
 * instances a read model's processor may run on another one, and the read models are shared.
 */
@Component
class StartupCatchUp {

    private final ReadModelRebuilds readModels;
    private final KafkaFeed feed;
    private final MongoTemplate axon;
    private final Serializer serializer;
    private volatile FeedExtent feedAtStart;
    private volatile boolean caughtUp;

    StartupCatchUp(ReadModelRebuilds readModels, KafkaFeed feed, MongoTemplate axonMongoTemplate,
                   Serializer serializer) {
        this.readModels = readModels;
        this.feed = feed;
        this.axon = axonMongoTemplate;
        this.serializer = serializer;
    }

    /** The feed's extent as the application starts, before any request; later, on the first check, if it did not answer. */
    @EventListener(ApplicationReadyEvent.class)
    void noteTheFeedAtStart() {
        eventsToGo();
    }

    /**
     * Events the read models still have to handle to reach the feed's end as of start, summed over the read models;
     * zero once they all have. Empty while the brokers have not told how far the feed reached.
     */
    Optional<Long> eventsToGo() {
        if (caughtUp) {
            return Optional.of(0L);
        }
        if (feedAtStart == null) {
            try {
                feedAtStart = feed.extent();
            } catch (RuntimeException brokersNotAnswering) {
                return Optional.empty();
            }
        }
        Map<String, List<FeedPosition>> segments = new HashMap<>();
        for (Document token : axon.trackingTokensCollection().find()) {
            segments.computeIfAbsent(token.getString("processorName"), name -> new ArrayList<>()).add(position(token));
        }
        // A read model whose processor has no token yet has every event to go.
        long toGo = readModels.names().stream()
                .flatMap(readModel -> segments.getOrDefault(readModel, List.of(FeedPosition.NONE)).stream())
                .mapToLong(feedAtStart::behind)
                .sum();
        caughtUp = toGo == 0;
        return Optional.of(toGo);
    }

    private FeedPosition position(Document token) {
        Binary serialized = token.get("token", Binary.class);
        String type = token.getString("tokenType");
        if (serialized == null || type == null) {
            return FeedPosition.NONE;
        }
        TrackingToken tracking = serializer.deserialize(
                new SimpleSerializedObject<>(serialized.getData(), byte[].class, type, null));
        return FeedPosition.of(tracking);
    }
}
