package care.tandem.query.api;

import care.tandem.events.id.Ids;

/** Ids given as optional query parameters, held to the rule of every Tandem id. */
public final class IdParameters {

    private IdParameters() {
    }

    /** The id, or null if none was given; 400 naming the parameter if it is no id. */
    public static String optional(String parameter, String value) {
        if (value != null && !Ids.isValid(value)) {
            throw new InvalidParameterException(parameter, "an id is 1-64 of [A-Za-z0-9._-]");
        }
        return value;
    }
}
