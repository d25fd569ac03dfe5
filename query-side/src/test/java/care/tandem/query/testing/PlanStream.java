package care.tandem.query.testing;

import care.tandem.events.EventMetadata;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.util.Map;

/**
 * A plan's event stream as the command side records it: each event a domain event message of the plan's aggregate,
 * numbered from 0, with Tandem's metadata.
 */
public final class PlanStream {

    private final String aggregateType;
    private final String aggregateId;
    private long nextSequence;

    public PlanStream(PlanId planId) {
        this("TreatmentPlan", planId.value());
    }

    private PlanStream(String aggregateType, String aggregateId) {
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
    }

    /** A person's consent stream, as the command side keeps it apart from the plans. */
    public static PlanStream consentsOf(ParticipantId person) {
        return new PlanStream("PersonConsents", "consents/" + person.value());
    }

    public DomainEventMessage<?> next(Object event) {
        long sequence = nextSequence++;
        MetaData metaData = MetaData.from(Map.of(
                EventMetadata.ACTOR, PlanFixtures.CLINICIAN.value(),
                EventMetadata.CORRELATION_ID, correlationIdOf(sequence),
                EventMetadata.CAUSATION_ID, "command-" + sequence,
                EventMetadata.RECORDED_AT, timestampOf(sequence).toString()));
        return new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, event, metaData,
                                               "event-" + aggregateId + "-" + sequence, timestampOf(sequence));
    }

    public static String correlationIdOf(long sequence) {
        return "request-" + sequence;
    }

    public static Instant timestampOf(long sequence) {
        return PlanFixtures.RECORDED_AT.plusSeconds(sequence);
    }
}
