package care.tandem.query.config;

import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.Buffer;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;

import java.util.Collection;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands the processor Kafka records in the order they were fetched. axon-kafka's default buffer re-sorts them by
 * timestamp across partitions, but every record carries a token that includes the positions of every record fetched
 * before it: once a backlog spreads over several partitions, re-sorting hands the processor a token that already
 * covers records it has not seen, and the processor reads some partitions to the end and never the others (found by
 * a rebuild on six partitions). In fetch order each record's token covers exactly what came before it. Order within a
 * partition, which is a plan's order, is Kafka's own.
 */
class FetchOrderBuffer implements Buffer<KafkaEventMessage> {

    private final LinkedBlockingQueue<KafkaEventMessage> records;
    private final AtomicReference<RuntimeException> fetchFailure = new AtomicReference<>();

    FetchOrderBuffer(int capacity) {
        this.records = new LinkedBlockingQueue<>(capacity);
    }

    @Override
    public void put(KafkaEventMessage record) throws InterruptedException {
        records.put(record);
    }

    @Override
    public void putAll(Collection<KafkaEventMessage> fetched) throws InterruptedException {
        for (KafkaEventMessage record : fetched) {
            records.put(record);
        }
    }

    @Override
    public KafkaEventMessage poll(long timeout, TimeUnit unit) throws InterruptedException {
        throwIfFetchFailed();
        KafkaEventMessage record = records.poll(timeout, unit);
        if (record == null) {
            throwIfFetchFailed();
        }
        return record;
    }

    @Override
    public KafkaEventMessage take() throws InterruptedException {
        throwIfFetchFailed();
        return records.take();
    }

    @Override
    public KafkaEventMessage peek() {
        return records.peek();
    }

    @Override
    public int size() {
        return records.size();
    }

    @Override
    public boolean isEmpty() {
        return records.isEmpty();
    }

    @Override
    public int remainingCapacity() {
        return records.remainingCapacity();
    }

    @Override
    public void clear() {
        records.clear();
    }

    /** The fetcher stopped: the processor must hear of it, retry and open a new stream, rather than wait forever. */
    @Override
    public void setException(RuntimeException failure) {
        fetchFailure.set(failure);
    }

    private void throwIfFetchFailed() {
        RuntimeException failure = fetchFailure.get();
        if (failure != null && records.isEmpty()) {
            throw failure;
        }
    }
}
