package care.tandem.query.config;

import care.tandem.events.id.PlanId;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.events.plan.UnitKind;
import care.tandem.events.serialization.TandemSerialization;
import care.tandem.events.upcasting.TandemUpcasters;
import care.tandem.query.testing.PlanStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.kafka.eventhandling.DefaultKafkaMessageConverter;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static care.tandem.query.testing.PlanFixtures.AVERY;
import static care.tandem.query.testing.PlanFixtures.CLINICIAN;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static care.tandem.query.testing.PlanFixtures.partner;
import static org.assertj.core.api.Assertions.assertThat;

class SharedDecodingTest {

    private static final String TOPIC = "tandem.events";

    private final Serializer serializer = TandemSerialization.serializer();
    private final DefaultKafkaMessageConverter converter = DefaultKafkaMessageConverter.builder()
            .serializer(serializer).upcasterChain(TandemUpcasters.chain()).build();
    private final SharedDecoding shared = new SharedDecoding(converter, 10);
    private final ProducerRecord<String, byte[]> published = converter.createKafkaMessage(
            new PlanStream(PlanId.of("plan-a")).next(new TreatmentPlanOpened(PlanId.of("plan-a"), UnitKind.COUPLE,
                    List.of(partner(AVERY, "Avery Quinn"), partner(JORDAN, "Jordan Quinn")), CLINICIAN,
                    LevelOfCare.IOP_ADULT, Instant.parse("2026-03-01T09:00:00Z"))), TOPIC);

    @Test
    void everyReadModelGetsTheSameMessageForARecordSoItsEventIsDecodedOnce() {
        Optional<EventMessage<?>> first = shared.readKafkaMessage(consumed(3, 17));
        Optional<EventMessage<?>> second = shared.readKafkaMessage(consumed(3, 17));

        assertThat(first).isPresent();
        assertThat(second.orElseThrow()).isSameAs(first.orElseThrow());
        assertThat(first.get().getPayload()).isInstanceOf(TreatmentPlanOpened.class);
    }

    @Test
    void anotherPositionIsAnotherRecord() {
        EventMessage<?> atSeventeen = shared.readKafkaMessage(consumed(3, 17)).orElseThrow();

        assertThat(shared.readKafkaMessage(consumed(3, 18)).orElseThrow()).isNotSameAs(atSeventeen);
        assertThat(shared.readKafkaMessage(consumed(4, 17)).orElseThrow()).isNotSameAs(atSeventeen);
    }

    @Test
    void recordsWrittenAreTheConvertersOwn() {
        assertThat(shared.createKafkaMessage(new PlanStream(PlanId.of("plan-b")).next(
                new TreatmentPlanOpened(PlanId.of("plan-b"), UnitKind.COUPLE, List.of(partner(AVERY, "Avery Quinn")),
                        CLINICIAN, LevelOfCare.IOP_ADULT, Instant.parse("2026-03-01T09:00:00Z"))), TOPIC).key())
                .isEqualTo("plan-b");
    }

    private ConsumerRecord<String, byte[]> consumed(int partition, long offset) {
        return new ConsumerRecord<>(TOPIC, partition, offset, 0L, TimestampType.CREATE_TIME, 0, 0,
                published.key(), published.value(), published.headers(), Optional.empty());
    }
}
