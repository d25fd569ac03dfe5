package care.tandem.events.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A person in a treatment plan (partner, parent, child...). Serialized as a plain string. */
public record ParticipantId(String value) {

    public ParticipantId {
        value = Ids.requireValid(value, "ParticipantId");
    }

    @JsonCreator
    public static ParticipantId of(String value) {
        return new ParticipantId(value);
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
