package care.tandem.query.readmodel;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The read-model documents one batch of a processor's events has read and changed, written back to MongoDB together
 * when the batch ends ({@link WriteBackAtEndOfBatch}): each document is read at most once and written at most once per
 * batch, in one bulk write per collection, however many of the batch's events change it. A rebuild handles a plan's
 * events many to a batch, so this saves most of its reads and writes; live traffic has batches of one or a few events
 * and sees no difference.
 * <p>
 * The batch's changes live in its unit of work, so a batch that fails is rolled back with nothing written by it and is
 * retried from its token. Every write stays guarded by the sequence number the document had when it was read.
 * <p>
 * Documents keyed by a {@link DocumentKey} (a plan's shares of a view across plans) are written before the plans' own
 * documents, as {@link PlanShares} requires: after a failure in between, the redelivered events find the plans'
 * documents as they were and recompute the same shares.
 */
public final class BatchWrites {

    private static final String RESOURCE = BatchWrites.class.getName();

    private final Map<PlanDocuments<?>, StagedCollection<?>> collections = new LinkedHashMap<>();
    /** How to take back what the event handler running now changed, latest first. */
    private final Deque<Runnable> undoOfHandler = new ArrayDeque<>();

    private BatchWrites() {
    }

    /**
     * The batch of the unit of work in progress, begun at its first use. Outside a unit of work (a test, a tool) every
     * write is a batch of its own.
     */
    static Optional<BatchWrites> ofCurrentUnitOfWork() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return Optional.of(unitOfWork.getOrComputeResource(RESOURCE, key -> {
            BatchWrites batch = new BatchWrites();
            // WriteBackAtEndOfBatch writes while the last event is handled, so that a failed write fails the batch
            // before the processor stores its token (which it does first when the unit of work prepares to commit).
            // A processor without that interceptor still writes here, rather than never.
            unitOfWork.onPrepareCommit(committing -> batch.writeAll());
            return batch;
        }));
    }

    /** The batch of the given unit of work, if any of its events read or changed a document. */
    static Optional<BatchWrites> of(UnitOfWork<?> unitOfWork) {
        return Optional.ofNullable(unitOfWork.root().getResource(RESOURCE));
    }

    /** A batch of one write, for writes outside a unit of work. */
    static BatchWrites alone() {
        return new BatchWrites();
    }

    /** The document as this batch sees it, read from the collection on the batch's first use of it. */
    <T extends PlanDocument<T>> StagedDocument<T> document(PlanDocuments<T> collection, String documentId,
                                                           Function<String, StagedDocument<T>> read) {
        @SuppressWarnings("unchecked")
        StagedCollection<T> documents = (StagedCollection<T>) collections
                .computeIfAbsent(collection, key -> new StagedCollection<>(collection));
        return documents.byId.computeIfAbsent(documentId, read);
    }

    void changed(Runnable undo) {
        undoOfHandler.push(undo);
    }

    /** An event handler starts: what it changes can be undone until the next one starts. */
    void beginHandler() {
        undoOfHandler.clear();
    }

    /** Takes back every change the failed handler made, so that the batch holds nothing of its event. */
    void undoHandler() {
        while (!undoOfHandler.isEmpty()) {
            undoOfHandler.pop().run();
        }
    }

    /** Writes every changed document, shares of views across plans first, and starts over empty. */
    void writeAll() {
        collections.values().forEach(documents -> documents.write(true));
        collections.values().forEach(documents -> documents.write(false));
        collections.clear();
        undoOfHandler.clear();
    }

    private record StagedCollection<T extends PlanDocument<T>>(PlanDocuments<T> collection,
                                                                Map<String, StagedDocument<T>> byId) {

        StagedCollection(PlanDocuments<T> collection) {
            this(collection, new LinkedHashMap<>());
        }

        void write(boolean shares) {
            collection.write(byId.values().stream()
                    .filter(document -> document.changed() && document.share() == shares)
                    .toList());
        }
    }
}
