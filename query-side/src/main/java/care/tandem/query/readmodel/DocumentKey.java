package care.tandem.query.readmodel;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A document {@code _id} of several parts, such as clinician, ISO week and plan. Tandem's ids and ISO weeks never
 * contain {@code /}, so joining the parts with it is unambiguous, and the keys of one prefix sort together: every key
 * under a prefix lies between {@code prefix/} and {@code prefix0} ({@code 0} follows {@code /} in ASCII).
 */
public record DocumentKey(List<String> parts) {

    private static final String SEPARATOR = "/";
    /** The character right after the separator; ends the range of keys under a prefix. */
    private static final String AFTER_SEPARATOR = "0";

    public DocumentKey {
        parts = List.copyOf(parts);
        if (parts.isEmpty() || parts.stream().anyMatch(part -> part.isEmpty() || part.contains(SEPARATOR))) {
            throw new IllegalArgumentException("A document key has one or more non-empty parts without '/'");
        }
    }

    public static DocumentKey of(Object... parts) {
        return new DocumentKey(Arrays.stream(parts).map(String::valueOf).toList());
    }

    public DocumentKey with(Object part) {
        return new DocumentKey(Stream.concat(parts.stream(), Stream.of(String.valueOf(part))).toList());
    }

    public String value() {
        return String.join(SEPARATOR, parts);
    }

    /** The last part: the plan id, for the keys of a plan's share of a view across plans. */
    public String last() {
        return parts.get(parts.size() - 1);
    }

    public static DocumentKey parse(String value) {
        return new DocumentKey(List.of(value.split(SEPARATOR, -1)));
    }

    String lowestUnder() {
        return value() + SEPARATOR;
    }

    String aboveAllUnder() {
        return value() + AFTER_SEPARATOR;
    }

    /** A regular expression for the keys under this one: anchored, the rest literal (only {@code .} needs escaping). */
    String anchoredPrefixUnder() {
        return "^" + lowestUnder().replace(".", "\\.");
    }

    @Override
    public String toString() {
        return value();
    }
}
