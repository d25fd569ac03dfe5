package care.tandem.events.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A clinician: the actor on every clinical command. Serialized as a plain string. */
public record ClinicianId(String value) {

    public ClinicianId {
        value = Ids.requireValid(value, "ClinicianId");
    }

    @JsonCreator
    public static ClinicianId of(String value) {
        return new ClinicianId(value);
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
