package care.tandem.command.integrity;

import care.tandem.integrity.EventChain;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Axon's JDBC event store with each stream's hash chain written beside it: the events and their chain entries are
 * appended in one transaction, so there is never an acknowledged event without its hash, nor a hash without its
 * event. Everything else is the store's own.
 */
class ChainingEventStorageEngine implements EventStorageEngine {

    private final EventStorageEngine store;
    private final ConnectionProvider connections;
    private final TransactionManager transactions;

    ChainingEventStorageEngine(EventStorageEngine store, ConnectionProvider connections,
                               TransactionManager transactions) {
        this.store = store;
        this.connections = connections;
        this.transactions = transactions;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        transactions.executeInTransaction(() -> {
            store.appendEvents(events);
            chain(events);
        });
    }

    /** Each stream's appended range: Axon stores an event that is no domain event as stream of its own, at 0. */
    private void chain(List<? extends EventMessage<?>> events) {
        Map<String, long[]> ranges = new LinkedHashMap<>();
        for (EventMessage<?> event : events) {
            String stream = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier()
                    : event.getIdentifier();
            long sequence = event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0;
            ranges.merge(stream, new long[]{sequence, sequence},
                    (known, next) -> new long[]{Math.min(known[0], next[0]), Math.max(known[1], next[1])});
        }
        try (Connection connection = connections.getConnection()) {
            for (Map.Entry<String, long[]> range : ranges.entrySet()) {
                EventChain.chainAppended(connection, range.getKey(), range.getValue()[0], range.getValue()[1]);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the appended events could not be chained", e);
        }
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        store.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return store.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier) {
        return store.readEvents(aggregateIdentifier);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return store.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return store.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return store.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }
}
