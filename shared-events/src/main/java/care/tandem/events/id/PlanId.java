package care.tandem.events.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A couple's or family's treatment plan. Serialized as a plain string. */
public record PlanId(String value) {

    public PlanId {
        value = Ids.requireValid(value, "PlanId");
    }

    @JsonCreator
    public static PlanId of(String value) {
        return new PlanId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** Axon uses toString() of a target aggregate identifier as the aggregate id. */
    @Override
    public String toString() {
        return value;
    }
}
