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

    /**
     * Runs the action in the current transaction and answers the sequence number of the last event it appended to the
     * aggregate, if any.
     */
    Optional<Long> lastAppendedWhile(String aggregateId, Runnable action) {
        Map<String, Long> versions = new HashMap<>();
        TransactionSynchronizationManager.bindResource(this, versions);
        try {
            action.run();
        } finally {
            TransactionSynchronizationManager.unbindResource(this);
        }
        return Optional.ofNullable(versions.get(aggregateId));
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
