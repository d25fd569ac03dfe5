package care.tandem.command.delivery;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The version each aggregate reaches in the current transaction, seen as its events are appended: the sequence number
 * of its last event. Registered on the event store, it lets {@link PlanCommandGateway} answer with a plan's new version
 * without reading the event store again.
 */
public final class AppendedVersions implements MessageDispatchInterceptor<EventMessage<?>> {

    /** Starts recording for the current transaction; {@link #stop()} must follow in the same thread. */
    void start() {
        TransactionSynchronizationManager.bindResource(this, new HashMap<String, Long>());
    }

    void stop() {
        TransactionSynchronizationManager.unbindResourceIfPossible(this);
    }

    /** The sequence number of the last event appended to the aggregate since {@link #start()}, if any. */
    Optional<Long> lastAppendedTo(String aggregateId) {
        return Optional.ofNullable(recording()).map(versions -> versions.get(aggregateId));
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> {
            Map<String, Long> versions = recording();
            if (versions != null && message instanceof DomainEventMessage<?> event) {
                versions.merge(event.getAggregateIdentifier(), event.getSequenceNumber(), Math::max);
            }
            return message;
        };
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> recording() {
        return (Map<String, Long>) TransactionSynchronizationManager.getResource(this);
    }
}
