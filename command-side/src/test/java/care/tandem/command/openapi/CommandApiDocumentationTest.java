package care.tandem.command.openapi;

import care.tandem.access.Role;
import care.tandem.access.testing.TestIssuer;
import care.tandem.command.config.CommandApiExamples;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import care.tandem.command.testing.CommandSideHttpTest;
import care.tandem.command.testing.TestPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command API's OpenAPI document: every command endpoint is documented with an example body that the live
 * API accepts, the common headers and the problem responses; Swagger UI is served from the jar. Runs against a
 * real embedded PostgreSQL with Kafka unreachable, like the API's integration test.
 */
@CommandSideHttpTest
class CommandApiDocumentationTest {

    static final EmbeddedPostgres POSTGRES = TestPostgres.start();


    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, POSTGRES);
    }

    private static final String OPEN_PLAN = "POST /api/treatment-plans";
    private static final String PROBLEMS = "https://tandem.care/problems/";

    /**
     * What an example answers when posted as it stands against a freshly opened couple's plan (with the set-up
     * {@link #prepare} gives it), where that is not a success: the refusals of a couple's plan the examples
     * cannot avoid. Every other documented example must succeed; undocumented ones must at least not be a 400.
     */
    private static final Map<String, String> EXPECTED_REFUSALS = Map.of(
            "POST /api/treatment-plans/{planId}/members", "couple-has-two-partners",
            "POST /api/treatment-plans/{planId}/members/{participantId}/departure", "unit-needs-two-members");

    /** Each plan's past joint session gets its own slot, so the walkthrough's couple is never double-booked. */
    private static final AtomicInteger PLANS = new AtomicInteger();

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    TestRestTemplate http;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private JsonNode document;

    /** The document, fetched once per test: not before each, so the registry test still names what is missing. */
    private JsonNode document() throws IOException {
        if (document == null) {
            ResponseEntity<String> response = http.getForEntity("/v3/api-docs", String.class);
            assertThat(response.getStatusCode())
                    .as("/v3/api-docs failed; the log names what OpenApiConfig found undocumented: %s",
                            response.getBody())
                    .isEqualTo(HttpStatus.OK);
            document = json.readTree(response.getBody());
        }
        return document;
    }

    @Test
    void everyCommandEndpointIsInTheExampleRegistryAndNothingElse() {
        Map<String, HandlerMethod> posts = postMappings();
        assertThat(CommandApiExamples.operations())
                .as("CommandApiExamples must have exactly one entry per POST endpoint of the command API")
                .containsExactlyInAnyOrderElementsOf(posts.keySet());
        posts.forEach((key, handler) -> assertThat(CommandApiExamples.operationsWithBody().contains(key))
                .as("%s: an example body exactly when the handler reads a @RequestBody", key)
                .isEqualTo(readsABody(handler)));
    }

    @Test
    void theDocumentDescribesTheApiAndEveryPostOperation() throws IOException {
        assertThat(document().at("/info/title").asText()).isEqualTo("Tandem command API");
        assertThat(document().at("/info/description").asText())
                .contains("Authorization: Bearer", "not-on-care-team", "X-Correlation-Id", "Idempotency-Key", "If-Match", "ETag", "Clinicians");
        assertThat(document().at("/components/schemas/Problem/properties").has("type")).isTrue();
        assertThat(document().at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(document().at("/security/0").has("bearer")).isTrue();
        assertThat(document().at("/components/schemas").has("AuditContext")).isFalse();

        Map<String, JsonNode> posts = postOperations();
        assertThat(posts.keySet()).containsExactlyInAnyOrderElementsOf(postMappings().keySet());
        posts.forEach((key, operation) -> {
            if (CommandApiExamples.operationsWithBody().contains(key)) {
                assertThat(operation.at("/requestBody/content/application~1json/example").isObject())
                        .as("%s has a JSON example request body", key).isTrue();
            } else {
                assertThat(operation.has("requestBody")).as("%s takes no body", key).isFalse();
            }
            assertThat(operation.path("summary").asText()).as("%s has a summary", key).isNotBlank();
            operation.path("parameters").forEach(parameter -> assertThat(parameter.path("in").asText())
                    .as("%s: parameter %s (the audit context is built from headers, not a query)", key,
                            parameter.path("name").asText())
                    .isIn("path", "header"));

            assertThat(header(operation, "X-Clinician-Id")).as("%s: no header names the actor", key).isNull();
            assertThat(operation.at("/responses/401/content/application~1problem+json").isMissingNode())
                    .as("%s documents 401", key).isFalse();
            assertThat(operation.at("/responses/403/content/application~1problem+json").isMissingNode())
                    .as("%s documents 403", key).isFalse();
            assertThat(header(operation, "X-Correlation-Id")).as("%s: X-Correlation-Id", key).isNotNull();
            assertThat(header(operation, "Idempotency-Key")).as("%s: Idempotency-Key", key).isNotNull();
            assertThat(header(operation, "If-Match")).as("%s: If-Match", key).isNotNull();

            JsonNode responses = operation.path("responses");
            List<String> conflicts = problemExamples(responses, "409");
            assertThat(conflicts).as("%s documents a 409 rule violation first", key).isNotEmpty();
            assertThat(conflicts.get(0)).as("%s: 409 example", key).startsWith(PROBLEMS)
                    .isNotEqualTo(PROBLEMS + "idempotency-key-in-flight");
            assertThat(responses.at("/409/content/application~1problem+json/examples").elements().next()
                    .at("/value/rule").asText()).as("%s: the 409 example names its rule", key)
                    .isEqualTo(conflicts.get(0).substring(PROBLEMS.length()));
            assertThat(problemExamples(responses, "400")).as("%s documents its 400s", key)
                    .containsExactly(PROBLEMS + "invalid-field", PROBLEMS + "malformed-request");
            assertThat(problemExamples(responses, "412")).as("%s documents 412", key)
                    .containsExactly(PROBLEMS + "stale-plan-version");
            assertThat(problemExamples(responses, "422")).as("%s documents 422", key)
                    .containsExactly(PROBLEMS + "idempotency-key-reused");
            if (key.contains("{planId}")) {
                assertThat(problemExamples(responses, "404")).as("%s documents 404s", key)
                        .contains(PROBLEMS + "plan-not-found");
            }
            responses.fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    assertThat(response.getValue().at("/headers/ETag").isObject())
                            .as("%s %s documents the ETag header", key, response.getKey()).isTrue();
                }
            });
        });
        assertThat(problemExamples(posts.get(
                "POST /api/treatment-plans/{planId}/joint-sessions/{sessionId}/attendance").path("responses"), "404"))
                .contains(PROBLEMS + "session-not-found");
        assertThat(problemExamples(posts.get("POST /api/treatment-plans/{planId}/goals/{goalId}/revisions")
                .path("responses"), "404")).contains(PROBLEMS + "goal-not-found");
    }

    @Test
    void everyExampleHasTheShapeOfItsRequestRecord() throws IOException {
        postOperations().forEach((key, operation) -> {
            JsonNode media = operation.at("/requestBody/content/application~1json");
            if (media.isMissingNode()) {
                return;
            }
            List<String> mismatches = new ArrayList<>();
            conforms(media.path("example"), media.path("schema"), "", mismatches);
            assertThat(mismatches).as("%s: example body against its schema", key).isEmpty();
        });
    }

    @Test
    void everyExampleIsAcceptedByTheLiveApi() throws IOException {
        Map<String, String> outcomes = new TreeMap<>();
        for (Map.Entry<String, JsonNode> post : postOperations().entrySet()) {
            JsonNode example = post.getValue().at("/requestBody/content/application~1json/example");
            if (example.isMissingNode()) {
                continue;
            }
            String key = post.getKey();
            String planId = "plan-doc-" + PLANS.incrementAndGet();
            String path = key.substring("POST ".length());
            ObjectNode body = example.deepCopy();
            if (key.equals(OPEN_PLAN)) {
                body.put("planId", planId);
            } else {
                prepare(key, example, planId);
            }
            ResponseEntity<JsonNode> response = post(path.replace("{planId}", planId).replace("{sessionId}", "s-1")
                    .replace("{goalId}", "g-1").replace("{participantId}", "p-sam").replace("{clinicianId}", "c-okafor"), body);
            String type = response.getBody() == null ? "" : response.getBody().path("type").asText();
            outcomes.put(key, response.getStatusCode().value() + " " + type);

            assertThat(type).as("%s: example rejected as malformed: %s", key, response.getBody())
                    .doesNotEndWith("/malformed-request");
            assertThat(response.getStatusCode().value()).as("%s: example refused: %s", key, response.getBody())
                    .isNotEqualTo(400).isLessThan(500);
            if (CommandApiExamples.operations().contains(key)) {
                if (EXPECTED_REFUSALS.containsKey(key)) {
                    assertThat(type).as("%s: %s", key, response.getBody())
                            .isEqualTo(PROBLEMS + EXPECTED_REFUSALS.get(key));
                } else {
                    assertThat(response.getStatusCode().is2xxSuccessful())
                            .as("%s: the example is accepted: %s", key, response.getBody()).isTrue();
                    assertThat(response.getHeaders().getETag())
                            .as("%s: the ETag is what If-Match is documented to take", key)
                            .matches(header(post.getValue(), "If-Match").at("/schema/pattern").asText());
                }
            }
        }
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(CommandApiExamples.operationsWithBody().size());
    }

    @Test
    void swaggerUiIsServedFromTheJar() {
        ResponseEntity<String> entry = http.getForEntity("/swagger-ui.html", String.class);
        assertThat(entry.getStatusCode().is2xxSuccessful() || entry.getStatusCode().is3xxRedirection()).isTrue();

        ResponseEntity<String> index = http.getForEntity("/swagger-ui/index.html", String.class);
        assertThat(index.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(index.getBody()).contains("swagger-ui-bundle.js").doesNotContain("://");
        assertThat(http.getForEntity("/swagger-ui/swagger-ui-bundle.js", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/swagger-ui/swagger-initializer.js", String.class).getBody())
                .contains("/v3/api-docs");
    }

    // --- set-up of the live examples ---------------------------------------------------------------------

    /**
     * A fresh couple's plan (opened with the documented example), with a joint session s-1 that started
     * earlier today, and what the example's command presupposes: a goal to revise, a pause to resume, the
     * attendance to correct, the makeup offer a makeup session answers.
     */
    private void prepare(String key, JsonNode example, String planId) throws IOException {
        ObjectNode open = (ObjectNode) postOperations().get(OPEN_PLAN)
                .at("/requestBody/content/application~1json/example").deepCopy();
        open.put("planId", planId);
        expectAccepted(post("/api/treatment-plans", open));

        String plan = "/api/treatment-plans/" + planId;
        Instant started = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(2L * PLANS.get() + 2, ChronoUnit.HOURS);
        expectAccepted(post(plan + "/joint-sessions", json.readTree("""
                {"sessionId": "s-1", "startsAt": "%s", "durationMinutes": 60, "clinicianId": "c-rivera",
                 "expectedParticipantIds": ["p-alex", "p-sam"]}""".formatted(started))));
        if (key.contains("{clinicianId}")) {
            expectAccepted(post(plan + "/care-team", json.readTree("""
                    {"clinicianId": "c-okafor", "reason": "CO_THERAPIST"}""")));
        }
        if (key.contains("{goalId}")) {
            expectAccepted(post(plan + "/goals", json.readTree("""
                    {"goalId": "g-1", "scope": "SHARED", "description": "A shared goal"}""")));
        }
        if (key.endsWith("/couples-therapy/resume")) {
            expectAccepted(post(plan + "/couples-therapy/pause", json.readTree("""
                    {"reason": "CLIENT_REQUEST", "reviewOn": "%s"}""".formatted(LocalDate.now().plusWeeks(2)))));
        }
        boolean makeup = example.has("makeupFor");
        if (key.endsWith("/attendance-corrections") || makeup) {
            expectAccepted(post(plan + "/joint-sessions/s-1/solo-attendance", json.readTree("""
                    {"attendingPartnerId": "p-alex", "absentPartnerId": "p-sam", "absenceReason": "OTHER",
                     "reasonDetail": "set-up", "therapistJudgement": "ABSENCE_DOES_NOT_HINDER_PROGRESS",
                     "adjustedFocus": "OTHER"}""")));
        }
        if (makeup) {
            expectAccepted(post(plan + "/sessions/s-1/makeup-offer", null));
        }
        if (key.endsWith("/summary-shares")) {
            expectAccepted(post(plan + "/joint-sessions/s-1/solo-attendance", json.readTree("""
                    {"attendingPartnerId": "p-alex", "absentPartnerId": "p-sam", "absenceReason": "OTHER",
                     "reasonDetail": "set-up", "therapistJudgement": "ABSENCE_DOES_NOT_HINDER_PROGRESS",
                     "adjustedFocus": "OTHER"}""")));
            expectAccepted(post(plan + "/members/p-alex/consents", json.readTree("""
                    {"recipient": {"member": "p-sam"}, "information": ["SESSION_SUMMARIES"],
                     "purpose": "COUPLES_OR_FAMILY_THERAPY", "endsAtDischarge": true,
                     "attestation": "SIGNED_IN_SESSION", "signedBy": "p-alex"}""")));
        }
    }

    /** As the clinician, but shredding as compliance staff, who alone may. */
    private ResponseEntity<JsonNode> post(String path, JsonNode body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(path.endsWith("/shredding") ? TestIssuer.shared().person("privacy-officer",
                Role.COMPLIANCE) : TestIssuer.shared().clinician("c-rivera"));
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body == null ? null : body.toString(), headers),
                JsonNode.class);
    }

    private static void expectAccepted(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as("set-up step refused: %s", response.getBody())
                .isTrue();
    }

    // --- reading the document ----------------------------------------------------------------------------

    private Map<String, JsonNode> postOperations() throws IOException {
        Map<String, JsonNode> posts = new TreeMap<>();
        document().path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/api/") && path.getValue().has("post")) {
                posts.put("POST " + path.getKey(), path.getValue().get("post"));
            }
        });
        return posts;
    }

    private Map<String, HandlerMethod> postMappings() {
        Map<String, HandlerMethod> posts = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            if (!info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    posts.put("POST " + pattern, mapping.getValue());
                }
            }
        }
        return posts;
    }

    private static boolean readsABody(HandlerMethod handler) {
        for (var parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode header(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if ("header".equals(parameter.path("in").asText())
                    && name.equalsIgnoreCase(parameter.path("name").asText())) {
                return parameter;
            }
        }
        return null;
    }

    /** The problem types of a response's examples, in order. */
    private static List<String> problemExamples(JsonNode responses, String status) {
        List<String> types = new ArrayList<>();
        responses.path(status).at("/content/application~1problem+json/examples").forEach(example ->
                types.add(example.at("/value/type").asText()));
        return types;
    }

    /** Checks a JSON value against an OpenAPI schema: known properties, JSON types, enum values and formats. */
    private void conforms(JsonNode value, JsonNode schema, String at, List<String> mismatches) {
        String ref = schema.path("$ref").asText(null);
        if (ref != null) {
            JsonNode resolved = document.at(ref.substring(1));
            if (resolved.isMissingNode()) {
                mismatches.add(at + ": unresolvable " + ref);
                return;
            }
            conforms(value, resolved, at, mismatches);
            return;
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    mismatches.add(at + ": not an object");
                    return;
                }
                JsonNode properties = schema.path("properties");
                for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (!properties.has(field.getKey())) {
                        mismatches.add(at + "." + field.getKey() + ": no such property in the request record");
                    } else {
                        conforms(field.getValue(), properties.get(field.getKey()), at + "." + field.getKey(),
                                mismatches);
                    }
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    mismatches.add(at + ": not an array");
                    return;
                }
                int i = 0;
                for (JsonNode element : value) {
                    conforms(element, schema.path("items"), at + "[" + i++ + "]", mismatches);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    mismatches.add(at + ": not a string");
                    return;
                }
                if (schema.has("enum")) {
                    List<String> allowed = new ArrayList<>();
                    schema.get("enum").forEach(option -> allowed.add(option.asText()));
                    if (!allowed.contains(value.asText())) {
                        mismatches.add(at + ": " + value.asText() + " is none of " + allowed);
                    }
                }
                try {
                    switch (schema.path("format").asText("")) {
                        case "date-time" -> Instant.parse(value.asText());
                        case "date" -> LocalDate.parse(value.asText());
                        default -> {
                        }
                    }
                } catch (RuntimeException e) {
                    mismatches.add(at + ": not a " + schema.path("format").asText());
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    mismatches.add(at + ": not an integer");
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    mismatches.add(at + ": not a boolean");
                }
            }
            default -> mismatches.add(at + ": schema without a known type: " + schema);
        }
    }
}
