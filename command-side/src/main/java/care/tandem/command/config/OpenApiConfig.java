package care.tandem.command.config;

import care.tandem.command.consent.ConsentRequiredException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The command API's OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}, its assets
 * served from the webjar in the jar). The controllers carry no OpenAPI annotations: everything beyond what
 * springdoc reads from the mappings and request records is added here, from {@link CommandApiExamples}.
 * <p>
 * Building the document fails (an {@link IllegalStateException}, logged with the operations concerned) when a
 * POST operation has no entry in {@link CommandApiExamples}, an operation with a body has no example, or an entry
 * names an operation that no longer exists, so a new endpoint cannot ship undocumented.
 */
@Configuration
class OpenApiConfig {

    private static final Logger log = LoggerFactory.getLogger(OpenApiConfig.class);

    static final String PROBLEM_TYPE_BASE = "https://tandem.care/problems/";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String JSON = "application/json";
    private static final String PROBLEM_SCHEMA = "Problem";
    private static final String BEARER = "bearer";
    private static final String ID_PATTERN = "^[A-Za-z0-9._-]{1,64}$";
    private static final ObjectMapper JSON_READER = new ObjectMapper();

    /** The path variables' descriptions and the walkthrough's ids as their examples. */
    private static final Map<String, String[]> PATH_VARIABLES = Map.of(
            "planId", new String[] {"The treatment plan", "plan-1"},
            "sessionId", new String[] {"A session of the plan", "s-1"},
            "goalId", new String[] {"A recovery goal of the plan", "g-1"},
            "participantId", new String[] {"A member of the plan", "p-sam"},
            "clinicianId", new String[] {"A clinician on the plan's care team", "c-okafor"},
            "consentId", new String[] {"A consent the member gave within the plan", "consent-sam-1"});

    /** Simple names of the types resolved by the application's own argument resolvers (see below). */
    private final Set<String> resolvedTypes = ConcurrentHashMap.newKeySet();

    private static final String DESCRIPTION = """
            Tandem's command side: the write API of event-sourced care coordination for virtual Intensive \
            Outpatient Programs that treat couples and families in addiction and mental-health recovery.

            **Who uses it.** Clinicians (through their tools) issue commands: open a couple's or family's \
            treatment plan, schedule sessions, record joint, solo and per-participant attendance, follow up a \
            partner's absence, pause, resume or discontinue couples therapy, set recovery goals and discharge. \
            Compliance staff and reporting dashboards do not use this API: they read projections from the query \
            side (port 8081).

            **Authentication.** Every POST needs `Authorization: Bearer <token>`, a JWT signed by the clinic's \
            OpenID Connect issuer for audience `tandem`. Its subject is the actor stored on every event (with its \
            `name` claim and client); no header can name another actor. Clinicians (role `clinician`) act only on \
            plans whose care team they are on (the primary clinician and the members added to it), or on the \
            sessions they run; machine clients need the `plans.write` scope. Without a valid token: 401 \
            `unauthenticated`; with a role that may not, or off the care team: 403 `forbidden` or \
            `not-on-care-team`, written to the access audit, and nothing is applied.

            **Headers.** Every POST accepts:
            - `X-Correlation-Id`: echoed on the response and stored on every event of the request; made up when \
            absent.
            - `Idempotency-Key` (1-100 of `[A-Za-z0-9._:-]`, per token subject): a retry gets the first answer again \
            (with `Idempotent-Replayed: true`) and applies nothing twice; the same key for another method, path \
            or body is 422 `idempotency-key-reused`; a key still in use by a running request is 409 \
            `idempotency-key-in-flight` once waiting for it times out.
            - `If-Match: "<version>"`: the command applies only while the plan is still at that version, else \
            412 `stale-plan-version` and nothing is written.

            Accepted commands answer `{"planId", "sessionId", "goalId", "correlationId"}` with `ETag: \
            "<version>"`, the plan's version after the command (the sequence number of its last event), to send \
            as `If-Match` next time.

            **Errors** are `application/problem+json` with a stable `type` of \
            `https://tandem.care/problems/<name>`: 400 `invalid-field` (with `field`) or `malformed-request`; \
            404 `plan-not-found`, `session-not-found`, `goal-not-found`; 409 with the violated plan rule as type \
            and in `rule`; 412 `stale-plan-version`; 422 `idempotency-key-reused`. A refused command writes \
            nothing.

            **Privacy.** Substance-use treatment records fall under HIPAA and 42 CFR Part 2. Ids are opaque \
            tokens (`[A-Za-z0-9._-]{1,64}`), never names; display names and free text appear only in request \
            bodies, never in logs or problem details.""";

    /** springdoc's tag per controller, and what the document calls it instead in the order shown. */
    private static final Map<String, Tag> TAGS = new LinkedHashMap<>();

    static {
        TAGS.put("treatment-plan-controller", new Tag().name("Treatment plans")
                .description("Opening a plan, its members, level of care, recovery goals and discharge"));
        TAGS.put("session-controller", new Tag().name("Sessions")
                .description("Scheduling, moving and cancelling sessions, attendance and its corrections, and the "
                        + "follow-up of a joint session one partner missed"));
        TAGS.put("care-team-controller", new Tag().name("Care team")
                .description("Who besides the primary clinician may act on and read a plan"));
        TAGS.put("consent-controller", new Tag().name("Consent and disclosure")
                .description("A member's written consents (42 CFR 2.31), their revocation, and the summary of a "
                        + "missed joint session shared with the absent partner under the consent of each person it "
                        + "is about (409 consent-required otherwise)"));
        TAGS.put("couples-therapy-controller", new Tag().name("Couples therapy")
                .description("Pausing, resuming and discontinuing couples therapy, and how strongly joint attendance "
                        + "is expected"));
    }

    @Bean
    OpenAPI commandApiDocument() {
        return new OpenAPI().info(new Info()
                        .title("Tandem command API")
                        .version("1")
                        .description(DESCRIPTION))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("A JWT of the clinic's OpenID Connect issuer, audience tandem")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /**
     * Arguments the application resolves itself (the {@code AuditContext} built from the headers) are no request
     * parameters: springdoc would document them as a required query object. They go, and so do their schemas.
     */
    @Bean
    OperationCustomizer resolvedArgumentsAreNoParameters(List<HandlerMethodArgumentResolver> resolvers) {
        return (operation, handlerMethod) -> {
            for (MethodParameter argument : handlerMethod.getMethodParameters()) {
                if (operation.getParameters() != null
                        && resolvers.stream().anyMatch(resolver -> resolver.supportsParameter(argument))) {
                    argument.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                    operation.getParameters().removeIf(parameter -> !"path".equals(parameter.getIn())
                            && !"header".equals(parameter.getIn())
                            && parameter.getName().equals(argument.getParameterName()));
                    resolvedTypes.add(argument.getParameterType().getSimpleName());
                }
            }
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer commandApiCustomizer(Clock clock) {
        return openApi -> document(openApi, clock, resolvedTypes);
    }

    static void document(OpenAPI openApi, Clock clock, Set<String> resolvedTypes) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        if (components.getSchemas() != null) {
            resolvedTypes.forEach(components.getSchemas()::remove);
        }
        components.addSchemas(PROBLEM_SCHEMA, problemSchema());
        renameTags(openApi);
        orderPaths(openApi);

        Set<String> notDocumented = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        Map<String, PathItem> paths = openApi.getPaths() == null ? Map.of() : openApi.getPaths();
        paths.forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            String key = method.name() + " " + path;
            seen.add(key);
            describePathVariables(operation);
            addCommonHeaders(operation, path);
            addResponses(operation, path, key);
            CommandApiExamples.Endpoint endpoint = CommandApiExamples.find(key);
            if (endpoint == null) {
                if (method == PathItem.HttpMethod.POST) {
                    notDocumented.add(key + ": no entry in CommandApiExamples");
                }
                return;
            }
            if (operation.getSummary() == null) {
                operation.setSummary(endpoint.summary());
            }
            boolean hasBody = operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                    && !operation.getRequestBody().getContent().isEmpty();
            if (hasBody && endpoint.body() == null) {
                notDocumented.add(key + ": takes a request body, but CommandApiExamples has no example for it");
            } else if (!hasBody && endpoint.body() != null) {
                notDocumented.add(key + ": takes no request body, but CommandApiExamples has an example for it");
            } else if (hasBody) {
                Object example = parse(key, CommandApiExamples.body(endpoint, clock));
                operation.getRequestBody().setRequired(true);
                operation.getRequestBody().getContent().values().forEach(media -> media.setExample(example));
            }
        }));
        CommandApiExamples.all().stream().map(CommandApiExamples.Endpoint::key)
                .filter(key -> !seen.contains(key))
                .forEach(key -> notDocumented.add(key + ": documented in CommandApiExamples, but no such operation"));
        if (!notDocumented.isEmpty()) {
            String message = "The command API's OpenAPI document is incomplete (see CommandApiExamples): "
                    + String.join("; ", notDocumented);
            log.error(message);
            throw new IllegalStateException(message);
        }
    }

    /** The paths in the order of {@link CommandApiExamples} (a plan's course), any others after them. */
    private static void orderPaths(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        Paths ordered = new Paths();
        CommandApiExamples.all().stream().map(CommandApiExamples.Endpoint::path).distinct()
                .filter(openApi.getPaths()::containsKey)
                .forEach(path -> ordered.addPathItem(path, openApi.getPaths().get(path)));
        openApi.getPaths().forEach((path, item) -> {
            if (!ordered.containsKey(path)) {
                ordered.addPathItem(path, item);
            }
        });
        ordered.setExtensions(openApi.getPaths().getExtensions());
        openApi.setPaths(ordered);
    }

    private static void renameTags(OpenAPI openApi) {
        openApi.setTags(new ArrayList<>(TAGS.values()));
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                if (operation.getTags() != null) {
                    operation.setTags(operation.getTags().stream()
                            .map(tag -> TAGS.containsKey(tag) ? TAGS.get(tag).getName() : tag).toList());
                }
            }));
        }
    }

    private static void describePathVariables(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        operation.getParameters().stream()
                .filter(parameter -> "path".equals(parameter.getIn())
                        && PATH_VARIABLES.containsKey(parameter.getName()))
                .forEach(parameter -> {
                    String[] described = PATH_VARIABLES.get(parameter.getName());
                    if (parameter.getDescription() == null) {
                        parameter.setDescription(described[0] + ": an opaque id, never a name");
                    }
                    if (parameter.getSchema() != null && parameter.getSchema().getPattern() == null) {
                        parameter.getSchema().setPattern(ID_PATTERN);
                    }
                    if (parameter.getExample() == null) {
                        parameter.setExample(described[1]);
                    }
                });
    }

    // --- headers ---------------------------------------------------------------------------------------

    private static void addCommonHeaders(Operation operation, String path) {
        addHeader(operation, "X-Correlation-Id", false,
                "Traces the request through its events: stored on each of them and echoed on the response. "
                        + "Made up by the server when absent.",
                new StringSchema().pattern("^[A-Za-z0-9._:-]{1,100}$"), "ticket-4711");
        addHeader(operation, "Idempotency-Key", false,
                "Makes a retry safe. Keys belong to the token's subject. A request repeated with the "
                        + "same key gets the first successful answer again (status, body, ETag, X-Correlation-Id and "
                        + "Idempotent-Replayed: true) and applies nothing twice; the same key with another method, "
                        + "path or body is 422 idempotency-key-reused. A refused command keeps no key.",
                new StringSchema().pattern("^[A-Za-z0-9._:-]{1,100}$"), "3f2c9a1e-5b7d-4e0a-9c4b-8d1e2f3a4b5c");
        addHeader(operation, "If-Match", false,
                "A plan version from an earlier answer's ETag, quotes included: the command applies only while the "
                        + "plan is still at that version, else 412 stale-plan-version (also when the plan does not "
                        + "exist) and nothing is written. Anything but one such version is 400.",
                new StringSchema().pattern("^\"(0|[1-9][0-9]{0,17})\"$"), "\"3\"");
    }

    private static void addHeader(Operation operation, String name, boolean required, String description,
                                  Schema<?> schema, String example) {
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "header".equals(parameter.getIn())
                        && name.equalsIgnoreCase(parameter.getName()))) {
            return; // the controller declares it itself
        }
        operation.addParametersItem(new Parameter().in("header").name(name).required(required)
                .description(description).schema(schema).example(example));
    }

    // --- responses -------------------------------------------------------------------------------------

    private static void addResponses(Operation operation, String path, String key) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        responses.forEach((status, response) -> {
            if (status.startsWith("2")) {
                response.setDescription(("201".equals(status) ? "Created" : "OK")
                        + ": the command's events are stored. Identifies what it concerned and how to find its "
                        + "events again (correlationId).");
                if (response.getContent() != null && response.getContent().containsKey("*/*")) {
                    response.getContent().put(JSON, response.getContent().remove("*/*"));
                }
                response.addHeaderObject("X-Correlation-Id", new Header()
                        .description("The request's correlation id, given or made up").schema(new StringSchema()));
                response.addHeaderObject("ETag", new Header()
                        .description("The plan's version after this command (the sequence number of its last "
                                + "event), quoted: send it as If-Match on the next one")
                        .schema(new StringSchema()).example("\"4\""));
                response.addHeaderObject("Idempotent-Replayed", new Header()
                        .description("true when this is the stored answer to an earlier request with the same "
                                + "Idempotency-Key")
                        .schema(new StringSchema()._enum(List.of("true"))));
            }
        });
        String instance = instance(path);
        CommandApiExamples.Endpoint endpoint = CommandApiExamples.find(key);
        boolean onAPlan = path.contains("{planId}");

        Map<String, Example> badRequest = new LinkedHashMap<>();
        badRequest.put("invalid-field", example("A missing or malformed field or header",
                problem(400, "invalid-field", "Invalid field", "X-Correlation-Id: must be 1-100 characters of "
                        + "letters, digits, '.', '_', ':' or '-'", instance, "field", "X-Correlation-Id")));
        badRequest.put("malformed-request", example("A body that is not JSON",
                problem(400, "malformed-request", "Malformed request",
                        "The request body is missing or is not valid JSON", instance, null, null)));
        responses.addApiResponse("400", problemResponse(
                "Invalid field (`field` is its JSON path, `rule` the rule: an id that is not `[A-Za-z0-9._-]{1,64}`, "
                        + "an unknown enum value or field, a value of the wrong JSON type, a key given twice, a value "
                        + "out of its range or window, a missing header or field) or a malformed body", badRequest));
        responses.addApiResponse("406", problemResponse("`Accept` admits no `application/json`: the command was not "
                        + "run", Map.of("not-acceptable", example("Accept: text/csv on a command",
                problem(406, "not-acceptable", "Not Acceptable", "This request answers application/json (errors "
                        + "application/problem+json); Accept admits neither, so it was not run", null, "field",
                        "Accept")))));
        responses.addApiResponse("413", problemResponse("The body is over 64 KiB (`TANDEM_HTTP_MAX_BODY_BYTES`)",
                Map.of("payload-too-large", example("A body over the limit", problem(413, "payload-too-large",
                        "Payload Too Large", "The request body is over 65536 bytes", null, null, null)))));
        responses.addApiResponse("415", problemResponse("The body is not `application/json` in UTF-8",
                Map.of("unsupported-media-type", example("Content-Type: multipart/form-data",
                        problem(415, "unsupported-media-type", "Unsupported Media Type",
                                "Content-Type must be application/json", null, "field", "Content-Type")))));

        if (onAPlan) {
            Map<String, Example> notFound = new LinkedHashMap<>();
            notFound.put("plan-not-found", example("No plan has this planId",
                    problem(404, "plan-not-found", "Treatment plan not found", "No treatment plan plan-1", instance,
                            null, null)));
            if (path.contains("{sessionId}") || (endpoint != null && endpoint.body() != null
                    && endpoint.body().contains("\"makeupFor\""))) {
                notFound.put("session-not-found", example("The plan has no such session",
                        problem(404, "session-not-found", "Joint session not found",
                                "Treatment plan plan-1 has no joint session s-1", instance, null, null)));
            }
            if (path.contains("{consentId}")) {
                notFound.put("consent-not-found", example("The member gave no such consent within the plan",
                        problem(404, "consent-not-found", "Consent not found",
                                "No consent consent-sam-1 of this person was given within this plan", instance, null,
                                null)));
            }
            if (path.contains("{goalId}")) {
                notFound.put("goal-not-found", example("The plan has no such recovery goal",
                        problem(404, "goal-not-found", "Recovery goal not found",
                                "Treatment plan plan-1 has no recovery goal g-1", instance, null, null)));
            }
            responses.addApiResponse("404", problemResponse("Unknown plan" + (notFound.size() > 1
                    ? ", session or goal" : ""), notFound));
        }

        String rule = endpoint == null ? "couples-therapy-paused" : endpoint.conflictRule();
        String detail = endpoint == null ? "Couples therapy is paused" : endpoint.conflictDetail();
        String title = switch (rule) {
            case "plan-already-exists" -> "Treatment plan already exists";
            case "concurrent-modification" -> "Concurrent change";
            case "consent-required" -> ConsentRequiredException.TITLE;
            default -> "Treatment plan rule violated";
        };
        Map<String, Example> conflicts = new LinkedHashMap<>();
        conflicts.put(rule, example("A typical refusal of this command by a plan rule",
                problem(409, rule, title, detail, instance, "rule", rule)));
        Map<String, Object> inFlight = problem(409, "idempotency-key-in-flight", "Idempotency key in flight",
                "A request with this Idempotency-Key is still being processed; retry it later with the same key",
                instance, "field", "Idempotency-Key");
        conflicts.put("idempotency-key-in-flight", example("The Idempotency-Key's first request is still running",
                inFlight));
        responses.addApiResponse("409", problemResponse("A plan rule refused the command; its name is the problem "
                + "type's last segment and `rule` (for instance `couples-therapy-paused`, `session-cancelled`, "
                + "`attendance-already-recorded`, `not-a-plan-member`, `double-booking`, `plan-closed`, "
                + "`concurrent-modification`). Also `idempotency-key-in-flight`.", conflicts));

        Map<String, Object> stale = problem(412, "stale-plan-version", "Stale treatment plan version",
                "The treatment plan is at version 7, not 5: reload it and decide again", instance,
                "expectedVersion", 5);
        stale.put("currentVersion", 7);
        responses.addApiResponse("401", problemResponse("No bearer token, or one that is expired, from another "
                        + "issuer or for another audience: nothing was applied",
                Map.of("unauthenticated", example("No token", problem(401, "unauthenticated",
                        "Authentication required", "a bearer token from the clinic's identity provider is required",
                        null, null, null)))));
        responses.addApiResponse("403", problemResponse("The token's role or scope may not send commands, or the "
                        + "clinician is not on the plan's care team (nor the clinician of the session): nothing was "
                        + "applied, and the refusal is in the access audit",
                Map.of("not-on-care-team", example("A clinician outside the care team", problem(403,
                        "not-on-care-team", "Not on the care team", "the actor is not on this plan's care team",
                        instance, null, null)))));
        responses.addApiResponse("412", problemResponse("If-Match names a version the plan is not at (or the plan "
                        + "does not exist): nothing was applied",
                Map.of("stale-plan-version", example("The plan changed since the client read its ETag", stale))));
        responses.addApiResponse("422", problemResponse("The Idempotency-Key was already used for another method, "
                        + "path or body",
                Map.of("idempotency-key-reused", example("A key reused for another request",
                        problem(422, "idempotency-key-reused", "Idempotency key reused",
                                "This Idempotency-Key was already used for a different request (method, path or "
                                        + "body); use a new key for a new request", instance, "field",
                                "Idempotency-Key")))));
        responses.addApiResponse("500", problemResponse("Unforeseen failure: nothing was applied; the incident id "
                        + "finds the log entry",
                Map.of("internal-error", example("An unforeseen failure",
                        problem(500, "internal-error", "Internal error", "The command was not applied; report "
                                        + "incident 0b8e4b1c-6f0e-4c53-9a43-2b1a6f7d9e10", instance, "incident",
                                "0b8e4b1c-6f0e-4c53-9a43-2b1a6f7d9e10")))));
    }

    private static ApiResponse problemResponse(String description, Map<String, Example> examples) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))
                        .examples(new LinkedHashMap<>(examples))));
    }

    private static Example example(String summary, Map<String, Object> value) {
        return new Example().summary(summary).value(value);
    }

    private static Map<String, Object> problem(int status, String type, String title, String detail, String instance,
                                               String extraName, Object extraValue) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", PROBLEM_TYPE_BASE + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        if (extraName != null) {
            problem.put(extraName, extraValue);
        }
        return problem;
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details, with Tandem's extension members")
                .addProperty("type", new StringSchema().format("uri")
                        .description("https://tandem.care/problems/<name>: stable, for clients to branch on"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema()
                        .description("Names fields, rules and ids, never a person's name or clinical free text"))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("field", new StringSchema().description("invalid-field: the offending field or header"))
                .addProperty("rule", new StringSchema().description("409: the violated plan rule"))
                .addProperty("expectedVersion", new IntegerSchema().format("int64")
                        .description("412: the version If-Match named"))
                .addProperty("currentVersion", new IntegerSchema().format("int64")
                        .description("412: the plan's version, absent when the plan does not exist"))
                .addProperty("incident", new StringSchema().description("500: the incident id in the log"));
    }

    /** The request path of the examples: the walkthrough's ids in place of the path variables. */
    private static String instance(String path) {
        return path.replace("{planId}", "plan-1").replace("{sessionId}", "s-1").replace("{goalId}", "g-1")
                .replace("{participantId}", "p-sam");
    }

    private static Object parse(String key, String body) {
        try {
            return JSON_READER.readValue(body, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The example body of " + key + " in CommandApiExamples is not JSON", e);
        }
    }
}
