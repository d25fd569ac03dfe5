package care.tandem.query.operations;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

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

    /** Where Axon's Mongo token store keeps the tokens, one document per processor and segment. */
    private static final String TOKENS = "trackingtokens";

    private final ReadModelRebuilds readModels;
    private final KafkaFeed feed;
    private final MongoDatabase database;
    private final Serializer serializer;
    private volatile Map<Integer, Long> feedAtStart;
    private volatile boolean caughtUp;

    StartupCatchUp(ReadModelRebuilds readModels, KafkaFeed feed, MongoDatabase tandemDatabase, Serializer serializer) {
        this.readModels = readModels;
        this.feed = feed;
        this.database = tandemDatabase;
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
                feedAtStart = feed.extent().endOffsets();
            } catch (RuntimeException brokersNotAnswering) {
                return Optional.empty();
            }
        }
        long toGo = readModels.names().stream().mapToLong(this::toGo).sum();
        caughtUp = toGo == 0;
        return Optional.of(toGo);
    }

    /** Over every segment of the read model's processor; a segment with no token yet has everything to go. */
    private long toGo(String readModel) {
        long toGo = 0;
        boolean anySegment = false;
        for (Document segment : database.getCollection(TOKENS).find(Filters.eq("processorName", readModel))) {
            anySegment = true;
            FeedPosition position = position(segment);
            toGo += feedAtStart.entrySet().stream()
                    .mapToLong(end -> Math.max(0, end.getValue() - position.nextOffset(end.getKey()).orElse(0)))
                    .sum();
        }
        return anySegment ? toGo : feedAtStart.values().stream().mapToLong(Long::longValue).sum();
    }

    private FeedPosition position(Document segment) {
        Binary token = segment.get("token", Binary.class);
        String type = segment.getString("tokenType");
        if (token == null || type == null) {
            return new FeedPosition(Map.of());
        }
        TrackingToken tracking = serializer.deserialize(
                new SimpleSerializedObject<>(token.getData(), byte[].class, type, null));
        return FeedPosition.of(tracking);
    }
}
