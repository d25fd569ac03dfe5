package care.tandem.events.id;

import java.util.regex.Pattern;

/**
 * The one rule every id shares: 1-64 characters of letters, digits, '-', '_' or '.', so ids are safe in
 * URLs, Kafka keys and MongoDB _ids, and never carry free text that could hold PHI.
 */
public final class Ids {

    /** The rule as a regular expression, for whoever must state it elsewhere (an OpenAPI schema, a token's claim). */
    public static final String PATTERN = "[A-Za-z0-9._-]{1,64}";

    private static final Pattern SAFE = Pattern.compile(PATTERN);

    private Ids() {
    }

    public static boolean isValid(String value) {
        return value != null && SAFE.matcher(value).matches();
    }

    static String requireValid(String value, String kind) {
        if (!isValid(value)) {
            throw new IllegalArgumentException(
                    kind + " must be 1-64 characters of letters, digits, '.', '_' or '-'");
        }
        return value;
    }
}
