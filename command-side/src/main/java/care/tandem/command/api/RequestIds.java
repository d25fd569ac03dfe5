package care.tandem.command.api;

import care.tandem.command.plan.InvalidCommandException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/** Turns the raw ids and lists of a request into typed values, naming the offending field by its JSON path. */
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

    /** Each id of a list, a malformed one named by its index: {@code guardianIds[1]}. */
    static <T> List<T> parseAll(String field, List<String> raw, Function<String, T> factory) {
        return eachOf(field, raw, (path, value) -> parse(path, value, factory));
    }

    /**
     * Each element of a list of the request converted, given its JSON path ({@code attendance[1]}); a null element
     * is refused by that path. A null list stays null, for the command to refuse or default.
     */
    static <R, T> List<T> eachOf(String field, List<R> elements, BiFunction<String, R, T> convert) {
        if (elements == null) {
            return null;
        }
        List<T> converted = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            String path = field + "[" + i + "]";
            if (elements.get(i) == null) {
                throw new InvalidCommandException(path, "is required");
            }
            converted.add(convert.apply(path, elements.get(i)));
        }
        return converted;
    }

    /**
     * Builds or sends a command, and names a refused field as the request spelled it where the command's own name
     * for it differs: pairs of (command's spelling, request's spelling), e.g. {@code "attendance[].", ""} for a
     * correction whose entry is the body itself, or {@code ".guardians", ".guardianIds"}.
     */
    static <T> T asSent(Supplier<T> build, String... commandToRequest) {
        try {
            return build.get();
        } catch (InvalidCommandException e) {
            String field = e.field();
            for (int i = 0; i + 1 < commandToRequest.length; i += 2) {
                field = field.replace(commandToRequest[i], commandToRequest[i + 1]);
            }
            if (field.equals(e.field())) {
                throw e;
            }
            throw new InvalidCommandException(field, e.rule());
        }
    }
}
