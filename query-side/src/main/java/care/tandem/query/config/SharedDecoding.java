package care.tandem.query.config;

import care.tandem.query.readmodel.PersonShredded;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.springframework.context.event.EventListener;

import java.util.Optional;

/**
 * Every read model reads every record of the feed with a processor of its own; this hands them all the same message
 * for a record, so that its event is decoded once rather than once per read model (Axon decodes a message's payload
 * and metadata on first use and keeps them). A record is named for good by its topic, partition and offset. The
 * cache holds the latest records only: processors that fall far apart, as in a rebuild, decode for themselves.
 */
final class SharedDecoding implements KafkaMessageConverter<String, byte[]> {

    private record Position(String topic, int partition, long offset) {
    }

    private final KafkaMessageConverter<String, byte[]> converter;
    private final Cache<Position, Optional<EventMessage<?>>> recent;

    SharedDecoding(KafkaMessageConverter<String, byte[]> converter, int records) {
        this.converter = converter;
        this.recent = Caffeine.newBuilder().maximumSize(records).build();
    }

    @Override
    public Optional<EventMessage<?>> readKafkaMessage(ConsumerRecord<String, byte[]> record) {
        return recent.get(new Position(record.topic(), record.partition(), record.offset()),
                position -> converter.readKafkaMessage(record));
    }

    /** Once a person is shredded their text no longer opens: nothing decoded before may be handed out again. */
    @EventListener
    void forgetDecoded(PersonShredded shredded) {
        recent.invalidateAll();
    }

    @Override
    public ProducerRecord<String, byte[]> createKafkaMessage(EventMessage<?> event, String topic) {
        return converter.createKafkaMessage(event, topic);
    }
}
