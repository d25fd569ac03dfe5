package care.tandem.query.readmodel;

import care.tandem.events.id.PlanId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.conversions.Bson;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/**
 * One MongoDB collection of plan documents, written idempotently: the feed delivers at least once (redelivery after a
 * restart or a rebalance is normal), so an event whose sequence number the document already reflects changes nothing.
 */
public abstract class PlanDocuments<T extends PlanDocument<T>> {

    /** Must match the record component behind {@link PlanDocument#lastAppliedSequence()}. */
    private static final String LAST_APPLIED_SEQUENCE = "lastAppliedSequence";

    private final MongoCollection<T> collection;
    private final Function<String, T> emptyDocument;

    /**
     * @param emptyDocument builds a plan's document as it is before the plan's first event, from the plan id
     */
    protected PlanDocuments(MongoDatabase database, String collectionName, Class<T> documentType,
                            Function<String, T> emptyDocument) {
        this.collection = database.getCollection(collectionName, documentType);
        this.emptyDocument = emptyDocument;
    }

    public Optional<T> find(PlanId planId) {
        return Optional.ofNullable(collection.find(eq("_id", planId.value())).first());
    }

    /**
     * Applies the plan's event with the given sequence number, unless the document already reflects it.
     * <p>
     * The write only replaces the version that was read. If another node wrote the plan in between (two owners of a
     * segment for a moment during a rebalance), the upsert collides on {@code _id}, the exception reaches the
     * processor, and it retries from its token against the newer document.
     */
    public void apply(PlanId planId, long sequenceNumber, UnaryOperator<T> change) {
        Optional<T> stored = find(planId);
        long lastApplied = stored.map(PlanDocument::lastAppliedSequence).orElse(PlanDocument.NOTHING_APPLIED);
        if (sequenceNumber <= lastApplied) {
            return;
        }
        T next = change.apply(stored.orElseGet(() -> emptyDocument.apply(planId.value())))
                .withLastAppliedSequence(sequenceNumber);
        Bson unchangedSinceRead = and(
                eq("_id", planId.value()),
                eq(LAST_APPLIED_SEQUENCE, stored.isPresent() ? lastApplied : null));
        collection.replaceOne(unchangedSinceRead, next, new ReplaceOptions().upsert(true));
    }

    /** Forgets every plan, so that a reset processor rebuilds the read model from the first event. */
    public void deleteAll() {
        collection.drop();
    }
}
