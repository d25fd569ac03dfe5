package care.tandem.command.api;

import care.tandem.command.plan.InvalidCommandException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

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

    /** Each id of a list, a malformed one named by its index: {@code guardianIds[1]}. */
    static <T> List<T> parseAll(String field, List<String> raw, Function<String, T> factory) {
        if (raw == null) {
            return null;
        }
        List<T> ids = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i) == null) {
                throw new InvalidCommandException(field + "[" + i + "]", "is required");
            }
            ids.add(parse(field + "[" + i + "]", raw.get(i), factory));
        }
        return ids;
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
