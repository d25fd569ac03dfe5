package care.tandem.infra.fuzz;

import care.tandem.access.Role;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Random;
import java.util.function.BiFunction;

/**
 * One operation of the API as the fuzzer calls it: the service, method, path template ({@code {plan}},
 * {@code {session}}, ...), for a command a valid body to start from, and who may call it, so well-formed requests
 * get past authorization to the rules behind it.
 *
 * @param validBody a body the API would accept for some state of the plans, or null for none
 * @param role      the role of the token a well-formed request carries
 */
record Endpoint(Service service, String method, String path, BiFunction<Random, FuzzState, ObjectNode> validBody,
                Role role) {

    enum Service { COMMAND, QUERY }

    static Endpoint command(String path, BiFunction<Random, FuzzState, ObjectNode> validBody) {
        return new Endpoint(Service.COMMAND, "POST", path, validBody, Role.CLINICIAN);
    }

    static Endpoint query(String path) {
        return get(Service.QUERY, path);
    }

    static Endpoint get(Service service, String path) {
        return new Endpoint(service, "GET", path, null, Role.CLINICIAN);
    }

    static Endpoint post(Service service, String path) {
        return new Endpoint(service, "POST", path, null, Role.CLINICIAN);
    }

    static Endpoint delete(Service service, String path) {
        return new Endpoint(service, "DELETE", path, null, Role.CLINICIAN);
    }

    Endpoint as(Role caller) {
        return new Endpoint(service, method, path, validBody, caller);
    }
}
