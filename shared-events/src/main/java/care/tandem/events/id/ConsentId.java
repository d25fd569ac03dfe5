package care.tandem.events.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** One consent directive of a person (42 CFR 2.31). Serialized as a plain string. */
public record ConsentId(String value) {

    public ConsentId {
        value = Ids.requireValid(value, "ConsentId");
    }

    @JsonCreator
    public static ConsentId of(String value) {
        return new ConsentId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
