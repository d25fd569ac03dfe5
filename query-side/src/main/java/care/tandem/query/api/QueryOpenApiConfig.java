package care.tandem.query.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query API's OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}). The controllers
 * carry no OpenAPI annotations: the period and paging parameters, the problem responses and an example answer for
 * every operation are added here, the examples from {@link QueryApiExamples}. Building the document fails when an
 * operation has no example or an example names an operation that no longer exists, so no endpoint ships undocumented.
 */
@Configuration(proxyBeanMethods = false)
class QueryOpenApiConfig {

    private static final Logger log = LoggerFactory.getLogger(QueryOpenApiConfig.class);

    private static final String JSON = "application/json";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "Problem";
    private static final String PROBLEM_TYPE_BASE = "https://tandem.care/problems/";
    private static final String ID_PATTERN = "^[A-Za-z0-9._-]{1,64}$";
    private static final ObjectMapper JSON_READER = new ObjectMapper();

    private static final Map<String, String[]> PATH_VARIABLES = Map.of(
            "planId", new String[] {"The treatment plan", "plan-1"},
            "participantId", new String[] {"A member of the plan", "p-sam"},
            "clinicianId", new String[] {"A clinician", "c-rivera"},
            "readModel", new String[] {"A read model (its processing group)", "schedule"});

    private static final String DESCRIPTION = """
            Tandem's query side: read models projected from the event feed, for compliance staff, reporting \
            dashboards and clinicians' views. Nothing here changes a treatment plan; commands go to the command \
            side (port 8080).

            **Authentication and access.** Every `/api/` call needs `Authorization: Bearer <token>`, a JWT of \
            the clinic's OpenID Connect issuer for audience `tandem`; without a valid one it is 401 \
            `unauthenticated`. Roles decide the endpoints: `clinician` reads the plans whose care team admits \
            them (primary clinician, added member, clinician of one of its sessions), and lists and a \
            colleague's calendar narrowed to those; outside the care team a clinician may break the glass with `Tandem-Break-The-Glass: \
            <reason>` (MEDICAL_EMERGENCY, SAFETY_CONCERN, COVERING_FOR_CARE_TEAM, CARE_TEAM_UNREACHABLE), which \
            is answered and flagged for compliance review; `compliance` reads the attendance audits, the \
            compliance replay and the access audit; `program-lead` the program reports; `operator` the \
            read-model operations; machine clients need `plans.read` (or `operations` for the read-model \
            operations). Anything else is 403 `forbidden` or \
            `not-on-care-team`. `Tandem-Purpose-Of-Use` (TREATMENT, EMERGENCY_TREATMENT, OPERATIONS, \
            COMPLIANCE, PAYMENT; by default the role's) states why. Every call, and every refusal, is written \
            to the access audit before the answer leaves; if it cannot be, the answer is 503 and discloses \
            nothing.

            **Eventually consistent.** An accepted command shows here once its events are projected, normally \
            within a second. A plan the projections have not seen yet is 404 `plan-not-found`.

            **Periods.** Operations over time take exactly one of `week` (an ISO week of the clinic, \
            `2026-W47`), `month` (`2026-11`) or `from` and `to` (dates, both included, at most 366 days). Weeks, \
            months and days are the clinic's (`TANDEM_CLINIC_TIME_ZONE`); instants are UTC.

            **Paging.** Long lists take `page` (from 0) and `size` (1-500, default 50) and answer `items`, \
            `page`, `size`, `totalItems` and `totalPages`.

            **Errors** are `application/problem+json` with a stable `type` of \
            `https://tandem.care/problems/<name>`: 400 `invalid-parameter` or `malformed-parameter` (with \
            `parameter`), 404 `plan-not-found` (and `participant-not-found` where a participant is named).

            **Privacy.** Substance-use treatment records fall under HIPAA and 42 CFR Part 2. Ids are opaque \
            tokens, never names; a view of one participant never shows another participant's attendance; \
            program reports carry no names and no participant ids.""";

    @Bean
    OpenAPI queryApiDocument() {
        return new OpenAPI().info(new Info().title("Tandem query API").version("1").description(DESCRIPTION))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("A JWT of the clinic's OpenID Connect issuer, audience tandem")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** {@link Period} and {@link PageRequest} are resolved from plain query parameters: document those instead. */
    @Bean
    OperationCustomizer periodAndPagingParameters() {
        return (operation, handlerMethod) -> {
            for (MethodParameter argument : handlerMethod.getMethodParameters()) {
                Class<?> type = argument.getParameterType();
                if (type == Period.class) {
                    replaceResolvedArgument(operation, type, periodParameters());
                } else if (type == PageRequest.class) {
                    replaceResolvedArgument(operation, type, pagingParameters());
                }
            }
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer queryApiCustomizer() {
        return QueryOpenApiConfig::document;
    }

    static void document(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        if (components.getSchemas() != null) {
            components.getSchemas().remove(Period.class.getSimpleName());
            components.getSchemas().remove(PageRequest.class.getSimpleName());
        }
        components.addSchemas(PROBLEM_SCHEMA, problemSchema());

        Set<String> incomplete = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        Map<String, PathItem> paths = openApi.getPaths() == null ? Map.of() : openApi.getPaths();
        paths.forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            String key = method.name() + " " + path;
            seen.add(key);
            describePathVariables(operation);
            addProblemResponses(operation, path);
            QueryApiExamples.Endpoint endpoint = QueryApiExamples.find(key);
            if (endpoint == null) {
                incomplete.add(key + ": no entry in QueryApiExamples");
                return;
            }
            operation.setSummary(endpoint.summary());
            Object example = parse(key, endpoint.answer());
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2") && response.getContent() != null) {
                    MediaType json = response.getContent().remove("*/*");
                    if (json != null) {
                        response.getContent().addMediaType(JSON, json);
                    }
                    response.getContent().values().forEach(media -> media.setExample(example));
                }
            });
        }));
        QueryApiExamples.all().stream().map(QueryApiExamples.Endpoint::key).filter(key -> !seen.contains(key))
                .forEach(key -> incomplete.add(key + ": documented in QueryApiExamples, but no such operation"));
        if (!incomplete.isEmpty()) {
            String message = "The query API's OpenAPI document is incomplete: " + String.join("; ", incomplete);
            log.error(message);
            throw new IllegalStateException(message);
        }
    }

    private static void replaceResolvedArgument(Operation operation, Class<?> type, List<Parameter> parameters) {
        if (operation.getParameters() != null) {
            String name = Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1);
            operation.getParameters().removeIf(parameter -> "query".equals(parameter.getIn())
                    && (parameter.getName().equals(name) || parameters.stream()
                    .anyMatch(replacement -> replacement.getName().equals(parameter.getName()))));
        }
        parameters.forEach(operation::addParametersItem);
    }

    private static List<Parameter> periodParameters() {
        return List.of(
                query(PeriodArgumentResolver.WEEK, "An ISO week of the clinic, Monday to Sunday",
                      new StringSchema().pattern("^\\d{4}-W\\d{2}$"), "2026-W47"),
                query(PeriodArgumentResolver.MONTH, "A month of the clinic, instead of week",
                      new StringSchema().pattern("^\\d{4}-\\d{2}$"), "2026-11"),
                query(PeriodArgumentResolver.FROM, "The first day of a range (with to), instead of week or month",
                      new StringSchema().format("date"), "2026-11-01"),
                query(PeriodArgumentResolver.TO, "The last day of the range, included; at most 366 days after from",
                      new StringSchema().format("date"), "2026-11-30"));
    }

    private static List<Parameter> pagingParameters() {
        return List.of(
                query(PageRequest.PAGE, "The page, counted from 0",
                      new IntegerSchema().minimum(BigDecimal.ZERO)._default(0), 0),
                query(PageRequest.SIZE, "Items per page",
                      new IntegerSchema().minimum(BigDecimal.ONE)
                              .maximum(BigDecimal.valueOf(PageRequest.MAX_SIZE))
                              ._default(PageRequest.DEFAULT_SIZE), PageRequest.DEFAULT_SIZE));
    }

    private static Parameter query(String name, String description, Schema<?> schema, Object example) {
        return new Parameter().in("query").name(name).required(false).description(description).schema(schema)
                .example(example);
    }

    private static void describePathVariables(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        operation.getParameters().stream()
                .filter(parameter -> "path".equals(parameter.getIn()) && PATH_VARIABLES.containsKey(parameter.getName()))
                .forEach(parameter -> {
                    String[] described = PATH_VARIABLES.get(parameter.getName());
                    parameter.setDescription(described[0] + ": an opaque id, never a name");
                    if (parameter.getSchema() != null && parameter.getSchema().getPattern() == null) {
                        parameter.getSchema().setPattern(ID_PATTERN);
                    }
                    parameter.setExample(described[1]);
                });
    }

    private static void addProblemResponses(Operation operation, String path) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        Map<String, Example> badRequest = new LinkedHashMap<>();
        badRequest.put("invalid-parameter", example("A parameter breaking a rule",
                problem(400, "invalid-parameter", "Invalid request parameter",
                        "'week' is invalid: an ISO week, written YYYY-Www (e.g. 2026-W47)", "parameter", "week")));
        badRequest.put("malformed-parameter", example("An id that is not an id",
                problem(400, "malformed-parameter", "Malformed request parameter",
                        "'planId' is malformed: an id is 1-64 of [A-Za-z0-9._-]", "parameter", "planId")));
        responses.addApiResponse("400", problemResponse("A parameter is malformed or breaks a rule; `parameter` "
                + "names it (never its value)", badRequest));
        responses.addApiResponse("401", problemResponse("No valid bearer token: nothing was read", Map.of(
                "unauthenticated", example("No token", problem(401, "unauthenticated", "Authentication required",
                        "a bearer token from the clinic's identity provider is required", null, null)))));
        responses.addApiResponse("403", problemResponse("The caller's role may not call this, or the plan's care "
                + "team does not admit the clinician (and no break-the-glass reason was given): nothing was read",
                Map.of("not-on-care-team", example("A clinician outside the care team", problem(403,
                        "not-on-care-team", "Not on the care team", "the clinician is not on this plan's care team; "
                                + "state a reason in Tandem-Break-The-Glass to break the glass", null, null)))));
        if (path.contains("{planId}")) {
            responses.addApiResponse("404", problemResponse("The read model knows no such plan (yet)", Map.of(
                    "plan-not-found", example("An unknown plan, or one not projected yet",
                            problem(404, "plan-not-found", "Treatment plan not found",
                                    "The schedule read model knows no treatment plan 'plan-1' (yet)", "planId",
                                    "plan-1")))));
        }
    }

    private static ApiResponse problemResponse(String description, Map<String, Example> examples) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))
                        .examples(new LinkedHashMap<>(examples))));
    }

    private static Example example(String summary, Map<String, Object> value) {
        return new Example().summary(summary).value(value);
    }

    private static Map<String, Object> problem(int status, String type, String title, String detail,
                                               String extraName, Object extraValue) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", PROBLEM_TYPE_BASE + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
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
                .addProperty("detail", new StringSchema().description("Names parameters, rules and ids, never values "
                        + "a person typed"))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("parameter", new StringSchema().description("400: the offending parameter"))
                .addProperty("rule", new StringSchema().description("invalid-parameter: the rule it breaks"))
                .addProperty("planId", new StringSchema().description("plan-not-found: the plan asked for"));
    }

    private static Object parse(String key, String json) {
        try {
            return JSON_READER.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The example answer of " + key + " in QueryApiExamples is not JSON", e);
        }
    }
}
