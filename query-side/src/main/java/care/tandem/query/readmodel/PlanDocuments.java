package care.tandem.query.readmodel;

import care.tandem.events.id.PlanId;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.regex;
import static com.mongodb.client.model.Sorts.ascending;

/**
 * One MongoDB collection of plan documents, written idempotently: the feed delivers at least once (redelivery after a
 * restart or a rebalance is normal), so an event whose sequence number the document already reflects changes nothing.
 * <p>
 * A document is keyed by its plan id, or by a {@link DocumentKey} that starts with another part (a clinician, a
 * week) and ends with the plan id: each such document holds one plan's share of a view across plans, so it is still
 * written by one plan's events alone, in their order, and guarded by that plan's sequence numbers. The view is read
 * as a range of {@code _id}s, which every MongoDB serves from the {@code _id} index.
 */
public abstract class PlanDocuments<T extends PlanDocument<T>> {

    /** Must match the record component behind {@link PlanDocument#lastAppliedSequence()}. */
    private static final String LAST_APPLIED_SEQUENCE = "lastAppliedSequence";
    static final Bson WRITE_INDEX = Indexes.ascending("_id", LAST_APPLIED_SEQUENCE);
    private static final String WRITE_INDEX_NAME = "guarded_write";
    private static final int DUPLICATE_KEY = 11000;
    private static final Logger log = LoggerFactory.getLogger(PlanDocuments.class);

    private final MongoCollection<T> collection;
    private final Function<String, T> emptyDocument;
    /** Only the processor's thread writes; a rebuild drops the collection, and with it the index, in between. */
    private volatile boolean writeIndexCreated;

    /**
     * @param emptyDocument builds a document as it is before the plan's first event, from its {@code _id}
     */
    protected PlanDocuments(MongoDatabase database, String collectionName, Class<T> documentType,
                            Function<String, T> emptyDocument) {
        this.collection = database.getCollection(collectionName, documentType);
        this.emptyDocument = emptyDocument;
    }

    public Optional<T> find(PlanId planId) {
        return find(idOf(planId));
    }

    /** The {@code _id} of the plan's own document: its plan id, unless a subclass keys its documents otherwise. */
    protected String idOf(PlanId planId) {
        return planId.value();
    }

    public Optional<T> find(DocumentKey key) {
        return find(key.value());
    }

    /** Within a batch of a processor's events, the document as the batch has changed it so far. */
    private Optional<T> find(String documentId) {
        return BatchWrites.ofCurrentUnitOfWork()
                .map(batch -> staged(batch, documentId).current())
                .orElseGet(() -> Optional.ofNullable(readStored(documentId)));
    }

    private T readStored(String documentId) {
        return collection.find(eq("_id", documentId)).first();
    }

    private StagedDocument<T> staged(BatchWrites batch, String documentId) {
        return batch.document(this, documentId, id -> new StagedDocument<>(id, readStored(id)));
    }

    /** The documents with these ids that exist, in {@code _id} order. */
    public List<T> findAll(Collection<String> documentIds) {
        return collection.find(in("_id", documentIds)).sort(ascending("_id")).into(new ArrayList<>());
    }

    /**
     * Every document whose key starts with the given key's parts, in {@code _id} order. Asked as an anchored prefix:
     * MongoDB reads that as a range of its {@code _id} index, and the embedded wire server, which serves no range from
     * an index, matches it against the keys of its {@code _id} index instead of scanning every document
     * (BENCHMARKS.md, M6).
     */
    public List<T> findAllUnder(DocumentKey prefix) {
        return collection.find(regex("_id", prefix.anchoredPrefixUnder())).sort(ascending("_id"))
                .into(new ArrayList<>());
    }

    /** Every document whose key starts with a key from {@code first} to {@code last}, both included, in order. */
    public List<T> findAllBetween(DocumentKey first, DocumentKey last) {
        return collection.find(and(gte("_id", first.lowestUnder()), lt("_id", last.aboveAllUnder())))
                .sort(ascending("_id"))
                .into(new ArrayList<>());
    }

    /**
     * Applies the plan's event with the given sequence number, unless the document already reflects it. Within a batch
     * of a processor's events the change is written when the batch ends ({@link BatchWrites}), otherwise at once.
     * <p>
     * The write only replaces the version that was read. If another node wrote the plan in between (two owners of a
     * segment for a moment during a rebalance), the upsert collides on {@code _id}, the exception reaches the
     * processor, and it retries from its token against the newer document.
     */
    public void apply(PlanId planId, long sequenceNumber, UnaryOperator<T> change) {
        apply(idOf(planId), sequenceNumber, change, (before, after) -> { }, false);
    }

    /**
     * Applies the plan's event like {@link #apply(PlanId, long, UnaryOperator)}, and first hands {@code beforeWrite}
     * the document as it was and as it is about to be written, so that what depends on both (a plan's shares of a
     * view across plans) is written with it, from the one read. Not called when the document already reflects the
     * event.
     */
    public void apply(PlanId planId, long sequenceNumber, UnaryOperator<T> change, BiConsumer<T, T> beforeWrite) {
        apply(idOf(planId), sequenceNumber, change, beforeWrite, false);
    }

    /**
     * Applies a plan's event to a document keyed by a {@link DocumentKey} that ends with the plan id: a share of a view
     * across plans, written before the plans' own documents.
     */
    public void apply(DocumentKey key, long sequenceNumber, UnaryOperator<T> change) {
        apply(key.value(), sequenceNumber, change, (before, after) -> { }, true);
    }

    private void apply(String documentId, long sequenceNumber, UnaryOperator<T> change, BiConsumer<T, T> beforeWrite,
                       boolean share) {
        Optional<BatchWrites> unitOfWork = BatchWrites.ofCurrentUnitOfWork();
        BatchWrites batch = unitOfWork.orElseGet(BatchWrites::alone);
        StagedDocument<T> document = staged(batch, documentId);
        long lastApplied = document.current().map(PlanDocument::lastAppliedSequence)
                .orElse(PlanDocument.NOTHING_APPLIED);
        if (sequenceNumber <= lastApplied) {
            return;
        }
        T before = document.current().orElseGet(() -> emptyDocument.apply(documentId));
        T next = change.apply(before).withLastAppliedSequence(sequenceNumber);
        beforeWrite.accept(before, next);
        batch.changed(document.change(next, share));
        if (unitOfWork.isEmpty()) {
            batch.writeAll();
        }
    }

    /**
     * Writes the documents a batch changed, each guarded by the sequence number it had when the batch read it. The
     * writes touch one document each, so they go unordered: one refused write does not hold back the others.
     * <p>
     * A write the store refuses although its document is exactly as the batch read it means the write index disagrees
     * with the documents: the embedded wire server's H2 store can be left so by a crash, its index then missing
     * documents it holds, and it refuses the write as a duplicate {@code _id} (or with an error of its own, "already
     * existed"). The index is then rebuilt from the documents and the writes not yet done are tried again, once; when
     * the store still refuses them, its documents themselves disagree, and {@link InconsistentStoreException} asks for
     * the read model to be rebuilt. A document that really changed since it was read (another writer) fails the batch
     * as before, for a retry.
     */
    void write(List<StagedDocument<T>> changed) {
        if (changed.isEmpty()) {
            return;
        }
        createWriteIndexOnce();
        try {
            bulkWrite(changed);
        } catch (MongoBulkWriteException | MongoCommandException refused) {
            if (!refusedAsDuplicateOfItsOwnDocuments(refused)) {
                throw refused;
            }
            List<StagedDocument<T>> notWritten = new ArrayList<>();
            for (StagedDocument<T> document : changed) {
                T stored = readStored(document.id());
                Long storedNow = stored == null ? null : stored.lastAppliedSequence();
                if (Objects.equals(storedNow, document.storedSequence())) {
                    notWritten.add(document);
                } else if (!Objects.equals(storedNow, document.current().orElseThrow().lastAppliedSequence())) {
                    throw refused;
                }
            }
            if (notWritten.isEmpty()) {
                throw refused;
            }
            log.warn("The write index of {} disagreed with its documents, as the embedded store's can after a crash: "
                    + "rebuilding it from the documents, then writing {} documents again",
                    collection.getNamespace().getCollectionName(), notWritten.size());
            collection.dropIndex(WRITE_INDEX_NAME);
            writeIndexCreated = false;
            createWriteIndexOnce();
            try {
                bulkWrite(notWritten);
            } catch (MongoBulkWriteException | MongoCommandException stillRefused) {
                throw new InconsistentStoreException(collection.getNamespace().getCollectionName(), stillRefused);
            }
        }
    }

    /** Refused as a duplicate {@code _id} or write-index key, or as the wire server's "already existed". */
    private static boolean refusedAsDuplicateOfItsOwnDocuments(RuntimeException refused) {
        if (refused instanceof MongoBulkWriteException bulk) {
            return bulk.getWriteErrors().stream().allMatch(error -> error.getCode() == DUPLICATE_KEY
                    && (error.getMessage().contains("index: _id_ ")
                    || error.getMessage().contains("index: " + WRITE_INDEX_NAME + " ")));
        }
        return String.valueOf(refused.getMessage()).contains("already existed");
    }

    private void bulkWrite(List<StagedDocument<T>> documents) {
        collection.bulkWrite(documents.stream()
                .map(document -> new ReplaceOneModel<T>(
                        unchangedSinceRead(document.id(), document.storedSequence()),
                        document.current().orElseThrow(),
                        new ReplaceOptions().upsert(true)))
                .toList(), new BulkWriteOptions().ordered(false));
    }

    /**
     * The document as it was read: its id and its last applied sequence number (null: it did not exist). A flat
     * filter, not {@code Filters.and}, which the driver sends as {@code $and}: no index serves that on the embedded
     * wire server.
     */
    static Document unchangedSinceRead(String documentId, Long lastApplied) {
        return new Document("_id", documentId).append(LAST_APPLIED_SEQUENCE, lastApplied);
    }

    /**
     * An index on exactly the write's filter fields. MongoDB serves that filter from {@code _id} alone, so there the
     * index is redundant. The embedded wire server (mongo-java-server) uses an index only for a filter whose fields
     * are exactly its keys, so without it every write scanned and deserialised the whole collection: writes slowed
     * down as read models grew, and the read side fell minutes behind at 50 commands/s (BENCHMARKS.md, "Found and
     * fixed"). Unique, because that is the only kind of index the wire server keeps.
     */
    private void createWriteIndexOnce() {
        if (!writeIndexCreated) {
            collection.createIndex(WRITE_INDEX, new IndexOptions().unique(true).name(WRITE_INDEX_NAME));
            writeIndexCreated = true;
        }
    }

    /** Forgets every document, so that a reset processor rebuilds the read model from the first event. */
    public void deleteAll() {
        collection.drop();
        writeIndexCreated = false;
    }
}
