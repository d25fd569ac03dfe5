package care.tandem.events.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A recovery goal within a plan. Serialized as a plain string. */
public record GoalId(String value) {

    public GoalId {
        value = Ids.requireValid(value, "GoalId");
    }

    @JsonCreator
    public static GoalId of(String value) {
        return new GoalId(value);
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
