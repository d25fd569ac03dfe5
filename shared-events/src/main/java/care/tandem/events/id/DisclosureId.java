package care.tandem.events.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** One disclosure of a person's information under their consent (42 CFR 2.24). Serialized as a plain string. */
public record DisclosureId(String value) {

    public DisclosureId {
        value = Ids.requireValid(value, "DisclosureId");
    }

    @JsonCreator
    public static DisclosureId of(String value) {
        return new DisclosureId(value);
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
