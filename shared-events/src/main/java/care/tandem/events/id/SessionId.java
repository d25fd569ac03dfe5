package care.tandem.events.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A scheduled therapy session. Serialized as a plain string. */
public record SessionId(String value) {

    public SessionId {
        value = Ids.requireValid(value, "SessionId");
    }

    @JsonCreator
    public static SessionId of(String value) {
        return new SessionId(value);
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
