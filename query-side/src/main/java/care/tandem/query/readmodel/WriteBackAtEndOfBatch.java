package care.tandem.query.readmodel;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Writes a batch's read-model changes ({@link BatchWrites}) once its last event is handled, still inside the handling
 * of that event: a failed write fails the batch like a failed handler, so the processor rolls it back and retries it
 * from its token. Writing later, when the unit of work prepares to commit, would come after the processor has stored
 * the token past the batch, in a token store that shares no transaction with the documents.
 */
public final class WriteBackAtEndOfBatch implements MessageHandlerInterceptor<EventMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork,
                         InterceptorChain interceptorChain) throws Exception {
        Object result = interceptorChain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            BatchWrites.of(unitOfWork).ifPresent(BatchWrites::writeAll);
        }
        return result;
    }
}
