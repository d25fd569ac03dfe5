package care.tandem.command.api;

import care.tandem.command.plan.InvalidCommandException;

import java.util.List;
import java.util.function.Function;

/** Turns the raw ids of a request into typed ids, naming the offending field when one is malformed. */
final class RequestIds {

    private RequestIds() {
    }

    static <T> T parse(String field, String raw, Function<String, T> factory) {
        if (raw == null) {
            return null;
        }
        try {
            return factory.apply(raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException(field, "must be 1-64 characters of letters, digits, '.', '_' or '-'");
        }
    }

    static <T> List<T> parseAll(String field, List<String> raw, Function<String, T> factory) {
        return raw == null ? null : raw.stream().map(value -> parse(field, value, factory)).toList();
    }
}
