package care.tandem.infra.fuzz;

import care.tandem.access.Role;
import care.tandem.access.testing.TestIssuer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws requests from a seeded random: mostly close to valid, so the API's rules are reached, with hostile bodies,
 * media types, headers, methods, paths and query strings mixed in. The same seed gives the same requests.
 */
final class HostileRequests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String LONG_TEXT = "x".repeat(5_000);
    private static final List<JsonNode> HOSTILE_VALUES = List.of(NODES.nullNode(), NODES.booleanNode(true),
            NODES.numberNode(60.5), NODES.textNode("45"), NODES.numberNode(12345), NODES.numberNode(-1),
            NODES.numberNode(0), NODES.numberNode(2147483648L), NODES.numberNode(99999999999L),
            NODES.numberNode(new BigInteger("1" + "0".repeat(40))), NODES.textNode(""), NODES.textNode(" "),
            NODES.textNode(LONG_TEXT), NODES.textNode("Zo\u00eb \uD83D\uDE42 \u0000 \u202E"),
            NODES.textNode("+99999-12-16T18:00:00Z"), NODES.textNode("0001-01-01T18:00:00Z"),
            NODES.textNode("+999999999-12-31"), NODES.textNode("2027-01-01"), NODES.textNode("2027-13-45T99:00:00Z"),
            NODES.arrayNode().add(2027).add(1).add(1), NODES.objectNode(), NODES.arrayNode(),
            NODES.arrayNode().addNull(), NODES.textNode("=HYPERLINK(\"x\")"), NODES.textNode("../../etc/passwd"),
            NODES.textNode("NOT_A_VALUE"), NODES.textNode("p-alex"), NODES.textNode("a b"));
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "multipart/form-data; boundary=x",
            "*/*", "application/xml", "application/x-www-form-urlencoded", "garbage",
            "application/json; charset=ISO-8859-1",
            "application/json;charset=utf-8", "application/merge-patch+json", "application/json; charset=\"nope\"",
            "text/*", "");
    private static final List<String> ACCEPTS = List.of("application/json", "*/*", "text/csv", "application/xml",
            "image/png", "text/html", "application/problem+json", "garbage;;q=x", "application/json;q=0", "text/*",
            "application/*", "text/html, application/json;q=0.1", "");
    private static final List<String> HOSTILE_IDS = List.of("%00", "..", "%2F", "a%20b", "%C3%A9t%C3%A9",
            "x".repeat(100),
            "%", "%zz", "[x]", "{x}", "a|b", "p-alex%0D%0AX-Injected:%201", ";jsessionid=1", "%252F", "");
    private static final List<String> METHODS = List.of("PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO");

    private final Random random;
    private final FuzzState state;
    private final List<Endpoint> endpoints = Catalogue.endpoints();
    private final String runId;
    private int drawn;
    private boolean clean;

    HostileRequests(long seed, FuzzState state) {
        this.random = new Random(seed);
        this.state = state;
        this.runId = "fz" + Long.toHexString(seed);
    }

    /** The next request, with the correlation id it carries (null when it carries none or a malformed one). */
    record Drawn(Endpoint endpoint, RawHttp.Request request, String correlationId) {
    }

    Drawn next(int commandPort, int queryPort) {
        drawn++;
        // Two in five requests are well formed, so the rules behind the edge are reached and commands get through.
        clean = random.nextInt(5) < 2;
        Endpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
        String method = !clean && random.nextInt(12) == 0 ? pickOf(METHODS) : endpoint.method();
        String target = target(endpoint.path());
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        String correlationId = runId + "-" + drawn;
        switch (clean ? 2 : random.nextInt(25)) {
            case 0 -> correlationId = null;
            case 1 -> {
                correlationId = null;
                headers.add(header("X-Correlation-Id", "bad id!"));
            }
            default -> headers.add(header("X-Correlation-Id", correlationId));
        }
        int actor = clean ? 2 : random.nextInt(12);
        if (actor > 1) {
            headers.add(header("Authorization", TestIssuer.bearer(token(endpoint.role()))));
        } else if (actor == 1) {
            headers.add(header("Authorization", "Bearer " + pickOf(HOSTILE_IDS)));
        }
        byte[] body = null;
        if (endpoint.validBody() != null || !clean && random.nextInt(6) == 0) {
            body = body(endpoint);
        }
        int contentType = clean ? 0 : random.nextInt(8);
        if (contentType < 6 && body != null) {
            headers.add(header("Content-Type", "application/json"));
        } else if (contentType == 6) {
            headers.add(header("Content-Type", pickOf(CONTENT_TYPES)));
        }
        if (!clean && random.nextInt(3) == 0) {
            headers.add(header("Accept", pickOf(ACCEPTS)));
        }
        if (!clean && random.nextInt(20) == 0) {
            headers.add(header("If-Match", pickOf(List.of("\"3\"", "W/\"1\"", "garbage", "\"99999999999999999999\""))));
        }
        if (random.nextInt(20) == 0) {
            headers.add(header("Idempotency-Key", "key-" + random.nextInt(10)));
        }
        if (!clean && random.nextInt(200) == 0) {
            headers.add(header("X-Padding", "p".repeat(9_000)));
        }
        int port = endpoint.service() == Endpoint.Service.COMMAND ? commandPort : queryPort;
        return new Drawn(endpoint, new RawHttp.Request(port, method, target, headers, body), correlationId);
    }

    private String target(String template) {
        // Ending a plan, its couples therapy or a membership would soon leave the seeded plans closed to every command.
        boolean ending = template.endsWith("/discharge") || template.endsWith("/discontinue")
                || template.endsWith("/departure");
        String target = template
                .replace("{plan}", id(ending ? Catalogue.openedPlan(random) : state.plan(random)))
                .replace("{session}", id(state.any(random, state.sessions())))
                .replace("{participant}", id(state.any(random, random.nextBoolean() ? state.partners()
                        : state.familyMembers())))
                .replace("{clinician}", id(state.any(random, state.clinicians())))
                .replace("{goal}", id(state.any(random, state.goals())))
                .replace("{readModel}", id(pickOf(List.of("schedule", "plan-directory", "nope"))))
                .replace("{consent}", id(pickOf(List.of("cn-fz-" + random.nextInt(1000), "cn-none"))))
                .replace("{fhirType}", id(pickOf(List.of("Patient", "Appointment", "Encounter", "Consent", "Goal",
                        "Observation", "patient"))))
                .replace("{fhirId}", id(pickOf(List.of("p-alex", "p-sam", "c-rivera", state.plan(random) + ".s-past-1",
                        "t-0"))))
                .replace("{secret}", id(pickOf(List.of("A".repeat(43), "short", "x".repeat(200)))))
                .replace("{integrity}", query(pickOf(List.of("planId=" + state.plan(random), "personId=p-alex",
                        "planId=a%20b", "planId=x&personId=y", "personId="))))
                .replace("{period}", query(pickOf(List.of("week=2026-W49", "month=2026-12",
                        "from=2026-11-01&to=2026-12-31",
                        "week=99999-W01", "week=2026-W60", "month=2026-13", "from=2026-12-31&to=2026-01-01",
                        "from=0001-01-01&to=0001-12-31", "from=+99999-01-01&to=+99999-02-01", "week=", "week=%00",
                        "week=2026-W49&month=2026-12", "underMinimum=true&week=2026-W49",
                        "underMinimum=maybe&week=2026-W49"))))
                .replace("{page}", query(pickOf(List.of("page=0&size=10", "page=-1", "size=0", "size=501",
                        "page=99999999999", "page=abc", "size=1e3", "page=0&page=1"))))
                .replace("{history}", query(pickOf(List.of("asOf=2026-12-01T00:00:00Z", "asOf=+99999-12-16T18:00:00Z",
                        "occurredBefore=0001-01-01T00:00:00Z", "format=csv", "format=xml", "asOf=yesterday",
                        "asOf=2026-12-01T00:00:00Z&occurredBefore=2026-11-01T00:00:00Z"))));
        return !clean && random.nextInt(30) == 0
                ? target + pickOf(List.of("?a=[1]", "?q={x}", "?a=%", "/..", "/%2e%2e/x", "?a=|"))
                : target;
    }

    /** A token of the role the endpoint is for: a clinician of the seeded plans, or a person of another role. */
    private String token(Role role) {
        return role == Role.CLINICIAN ? TestIssuer.shared().clinician(state.any(random, state.clinicians()))
                : TestIssuer.shared().person("fz-" + role.claimValue(), role);
    }

    private String id(String valid) {
        return !clean && random.nextInt(10) == 0 ? pickOf(HOSTILE_IDS) : valid;
    }

    private String query(String valid) {
        return random.nextInt(2) == 0 ? "" : "?" + valid;
    }

    private byte[] body(Endpoint endpoint) {
        ObjectNode valid = endpoint.validBody() == null ? Catalogue.object()
                : endpoint.validBody().apply(random, state);
        if (!clean && random.nextBoolean()) {
            for (int mutations = 1 + random.nextInt(3); mutations > 0; mutations--) {
                mutate(valid);
            }
        }
        String text = valid.toString();
        return switch (clean ? 15 : random.nextInt(16)) {
            case 0 -> text.substring(0, random.nextInt(Math.max(1, text.length()))).getBytes(StandardCharsets.UTF_8);
            case 1 -> duplicateKey(text).getBytes(StandardCharsets.UTF_8);
            case 2 -> pickOf(List.of("", "null", "[]", "42", "\"text\"", "not json", "{", "{}}", "{\"a\":1} trailing",
                    "\uFEFF{}", "{\"planId\":\"x\",}")).getBytes(StandardCharsets.UTF_8);
            case 3 -> ("{\"padding\":\"" + "y".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
            case 4 -> new byte[] {(byte) 0xC3, (byte) 0x28, '{', '}'};
            default -> text.getBytes(StandardCharsets.UTF_8);
        };
    }

    /** Changes one field at some depth: removed, given a hostile value, or joined by an unknown one. */
    private void mutate(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        if (names.isEmpty() || random.nextInt(8) == 0) {
            node.set(pickOf(List.of("unknownField", "__proto__", "actor", "recordedBy")),
                    pickOf(HOSTILE_VALUES).deepCopy());
            return;
        }
        String name = pickOf(names);
        JsonNode value = node.get(name);
        if (value instanceof ObjectNode child && random.nextBoolean()) {
            mutate(child);
        } else if (value.isArray() && !value.isEmpty() && value.get(0) instanceof ObjectNode element
                && random.nextBoolean()) {
            mutate(element);
        } else if (random.nextInt(4) == 0) {
            node.remove(name);
        } else {
            node.set(name, pickOf(HOSTILE_VALUES).deepCopy());
        }
    }

    private String duplicateKey(String text) {
        int colon = text.indexOf("\":");
        if (!text.startsWith("{\"") || colon < 0) {
            return text;
        }
        String key = text.substring(1, colon + 1);
        return "{" + key + ":\"dup\"," + text.substring(1);
    }

    private <T> T pickOf(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static Map.Entry<String, String> header(String name, String value) {
        return new AbstractMap.SimpleEntry<>(name, value);
    }
}
