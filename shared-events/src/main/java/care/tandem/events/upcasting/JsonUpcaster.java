package care.tandem.events.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Moves one stored event shape (type and revision) to the next one, editing the JSON in place. Stored rows
 * are never rewritten: every reader (aggregate sourcing, the Kafka consumer) upcasts as it reads.
 */
abstract class JsonUpcaster extends SingleEventUpcaster {

    static final String EVENTS = "care.tandem.events.plan.";

    private final SimpleSerializedType from;
    private final SimpleSerializedType to;

    JsonUpcaster(String fromType, String fromRevision, String toType, String toRevision) {
        this.from = new SimpleSerializedType(EVENTS + fromType, fromRevision);
        this.to = new SimpleSerializedType(EVENTS + toType, toRevision);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(from);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, payload -> {
            ObjectNode copy = ((ObjectNode) payload).deepCopy();
            upcast(copy);
            return copy;
        });
    }

    /** Turns the older payload into the newer one. */
    abstract void upcast(ObjectNode payload);
}
