package care.tandem.events.id;

import java.util.regex.Pattern;

/**
 * The one rule every id shares: 1-64 characters of letters, digits, '-', '_' or '.', so ids are safe in
 * URLs, Kafka keys and MongoDB _ids, and never carry free text that could hold PHI.
 */
final class Ids {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private Ids() {
    }

    static String requireValid(String value, String kind) {
        if (value == null || !SAFE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    kind + " must be 1-64 characters of letters, digits, '.', '_' or '-'");
        }
        return value;
    }
}
