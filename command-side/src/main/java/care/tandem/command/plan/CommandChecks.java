package care.tandem.command.plan;

import java.util.Collection;
import java.util.HashSet;

/** Shape checks shared by the command records, so a malformed command cannot even be built. */
final class CommandChecks {

    private CommandChecks() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidCommandException(field, "is required");
        }
        return value;
    }

    static String requiredText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidCommandException(field, "must not be blank");
        }
        if (value.length() > maxLength) {
            throw new InvalidCommandException(field, "must be at most " + maxLength + " characters");
        }
        return value.strip();
    }

    static <T> void distinct(Collection<T> values, String field) {
        if (new HashSet<>(values).size() != values.size()) {
            throw new InvalidCommandException(field, "must not name the same person twice");
        }
    }
}
