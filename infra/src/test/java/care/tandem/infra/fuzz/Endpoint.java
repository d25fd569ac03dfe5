package care.tandem.infra.fuzz;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Random;
import java.util.function.BiFunction;

/**
 * One operation of the API as the fuzzer calls it: the service, method, path template ({@code {plan}},
 * {@code {session}}, ...) and, for a command, a valid body to start from.
 *
 * @param validBody a body the API would accept for some state of the plans, or null for none
 */
record Endpoint(Service service, String method, String path, BiFunction<Random, FuzzState, ObjectNode> validBody) {

    enum Service { COMMAND, QUERY }

    static Endpoint command(String path, BiFunction<Random, FuzzState, ObjectNode> validBody) {
        return new Endpoint(Service.COMMAND, "POST", path, validBody);
    }

    static Endpoint query(String path) {
        return new Endpoint(Service.QUERY, "GET", path, null);
    }

    static Endpoint get(Service service, String path) {
        return new Endpoint(service, "GET", path, null);
    }
}
