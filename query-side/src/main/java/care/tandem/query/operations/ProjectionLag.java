package care.tandem.query.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.time.Clock;
import java.time.Duration;

/**
 * Times each event from the moment it was recorded to the moment its read model's write committed: how stale a read
 * model's answers are. A replayed event is left out, since its lag is only the age of the event and says nothing about
 * how far behind the read model is.
 */
class ProjectionLag implements MessageHandlerInterceptor<EventMessage<?>> {

    static final String METRIC = "tandem.projection.lag";
    static final String READ_MODEL_TAG = "readModel";

    private final Timer lag;
    private final Clock clock;

    ProjectionLag(MeterRegistry registry, String readModel, Clock clock) {
        this.lag = Timer.builder(METRIC)
                .description("Time from an event being recorded to its read model being written")
                .tag(READ_MODEL_TAG, readModel)
                .publishPercentiles(0.5, 0.95, 0.99)
                .publishPercentileHistogram()
                .register(registry);
        this.clock = clock;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork,
                         InterceptorChain interceptorChain) throws Exception {
        EventMessage<?> event = unitOfWork.getMessage();
        if (!duringAReplay(event)) {
            // A failed handler rolls back and is retried; only the write that stands counts.
            unitOfWork.afterCommit(committed -> lag.record(lagOf(event)));
        }
        return interceptorChain.proceed();
    }

    /** A clock behind the command side's would make a lag negative, which Micrometer drops; it counts as none. */
    private Duration lagOf(EventMessage<?> event) {
        Duration sinceRecorded = Duration.between(event.getTimestamp(), clock.instant());
        return sinceRecorded.isNegative() ? Duration.ZERO : sinceRecorded;
    }

    /**
     * Any event read while the token still wraps the reset counts as part of the replay. Axon's
     * {@link ReplayToken#isReplay(org.axonframework.messaging.Message)} would call a replayed event new as long as the
     * replay has not yet read from every partition the token had reached at the reset (Kafka tokens count a partition
     * they lack as offset 0), and an event newer than the reset, read during the replay, waited on the rebuild.
     */
    private static boolean duringAReplay(EventMessage<?> event) {
        return event instanceof TrackedEventMessage<?> tracked
                && WrappedToken.unwrap(tracked.trackingToken(), ReplayToken.class).isPresent();
    }
}
