package care.tandem.query.readmodel;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;

import java.util.Optional;

/**
 * Makes each event handler of a read model all or nothing within its batch: when a handler fails, the document
 * changes it staged in the batch ({@link BatchWrites}) are undone before the failure reaches the dead-letter queue.
 * A poison event is then parked with nothing of it written, and the rest of the batch goes on.
 */
public final class AllOrNothingEventHandlers implements HandlerEnhancerDefinition {

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                Optional<BatchWrites> batch = BatchWrites.ofCurrentUnitOfWork();
                batch.ifPresent(BatchWrites::beginHandler);
                try {
                    return super.handle(message, target);
                } catch (Exception e) {
                    batch.ifPresent(BatchWrites::undoHandler);
                    throw e;
                }
            }
        };
    }
}
