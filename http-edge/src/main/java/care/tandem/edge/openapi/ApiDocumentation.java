package care.tandem.edge.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Completes a service's OpenAPI document, which springdoc derives from its controllers ({@code @Operation} summaries,
 * {@code @Tag}s) and its request and response records (types, enums, validation annotations), with what cannot be
 * derived, kept as data: the service's own resource ({@code openapi/command-api.json}, {@code openapi/query-api.json}:
 * the title, each operation's example, the parameters its own argument resolvers read, the problem responses by
 * status) and the problem examples both services share ({@code openapi/problems.json}). Building the document fails while an operation has no example or an example
 * names an operation that does not exist, so no endpoint ships undocumented.
 */
public final class ApiDocumentation {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM = "#/components/schemas/Problem";

    private final JsonNode api;
    private final JsonNode problems;
    private final String idPattern;

    /**
     * @param apiResource the service's own documentation (both services share one class path in the platform)
     * @param idPattern   the rule every id in a path meets (the published language's)
     */
    public ApiDocumentation(String apiResource, String idPattern) {
        this.api = read(apiResource);
        this.problems = read("openapi/problems.json");
        this.idPattern = "^" + idPattern + "$";
    }

    /** The document's head: title, description, and the bearer token every operation needs. */
    public OpenAPI head() {
        return new OpenAPI().info(new Info().title(api.path("title").asText()).version("1")
                        .description(text(api.path("description").asText())))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("A JWT of the clinic's OpenID Connect issuer, audience tandem")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** Arguments the service resolves itself are no body or query object: their real parameters stand instead. */
    public OperationCustomizer resolvedArguments() {
        return (operation, handler) -> {
            for (MethodParameter argument : handler.getMethodParameters()) {
                JsonNode replacement = api.path("resolvedArguments").path(argument.getParameterType().getSimpleName());
                if (replacement.isArray()) {
                    argument.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                    replace(operation, argument.getParameterName(), replacement);
                }
            }
            return operation;
        };
    }

    /** @param examples the example text of an operation before it is parsed (a service fills in its dates) */
    public OpenApiCustomizer completion(UnaryOperator<String> examples) {
        return openApi -> {
            api.path("resolvedArguments").fieldNames()
                    .forEachRemaining(type -> openApi.getComponents().getSchemas().remove(type));
            openApi.getComponents().addSchemas("Problem", JSON.convertValue(problems.path("schema"), Schema.class));
            Set<String> undocumented = new TreeSet<>();
            Paths ordered = new Paths();
            api.path("operations").fieldNames().forEachRemaining(key -> {
                String path = key.substring(key.indexOf(' ') + 1);
                Optional.ofNullable(openApi.getPaths().get(path)).ifPresentOrElse(item -> ordered.put(path, item),
                        () -> undocumented.add(key + ": documented, but no such operation"));
            });
            openApi.getPaths().forEach((path, item) -> {
                ordered.putIfAbsent(path, item);
                item.readOperationsMap().forEach((method, operation) -> {
                    JsonNode documented = api.path("operations").path(method + " " + path);
                    if (path.startsWith("/api/") && documented.isMissingNode()) {
                        undocumented.add(method + " " + path + ": not documented");
                    } else if (path.startsWith("/api/")) {
                        complete(path, operation, parse(examples.apply(documented.toString()), path));
                    }
                });
            });
            if (!undocumented.isEmpty()) {
                throw new IllegalStateException("The OpenAPI document is incomplete: " + undocumented);
            }
            openApi.setPaths(ordered);
        };
    }

    private void complete(String path, Operation operation, JsonNode documented) {
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(parameter -> "path".equals(parameter.getIn()))
                    .forEach(this::describeId);
        }
        operation.getResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.getContent() != null) {
                MediaType json = response.getContent().remove("*/*");
                if (json != null) {
                    response.getContent().addMediaType("application/json", json);
                }
                if (api.has("successDescription")) {
                    response.setDescription(api.path("successDescription").asText());
                }
                api.path("successHeaders").fields().forEachRemaining(header -> response.addHeaderObject(
                        header.getKey(), JSON.convertValue(header.getValue(), Header.class)));
                if (documented.has("answerFile")) {
                    Object answer = JSON.convertValue(answer(documented), Object.class);
                    response.getContent().values().forEach(media -> media.setExample(answer));
                }
            }
        });
        if (documented.has("example") && operation.getRequestBody() != null) {
            operation.getRequestBody().setRequired(true);
            Object example = JSON.convertValue(documented.get("example"), Object.class);
            operation.getRequestBody().getContent().values().forEach(media -> media.setExample(example));
        }
        api.path("problemResponses").fields().forEachRemaining(status -> {
            Map<String, Example> examples = new LinkedHashMap<>();
            if (status.getKey().equals("409") && documented.has("refusal")) {
                add(examples, "A typical refusal of this command by a plan rule", documented.get("refusal"));
            }
            for (JsonNode name : status.getValue().path("problems")) {
                String[] nameAndCondition = name.asText().split(" if ");
                boolean applies = nameAndCondition.length == 1 || path.contains(nameAndCondition[1])
                        || texts(documented.path("alsoAnswers")).contains(nameAndCondition[0]);
                if (applies) {
                    JsonNode problem = problems.path("examples").path(nameAndCondition[0]);
                    add(examples, problem.path("summary").asText(), problem.path("problem"));
                }
            }
            if (!examples.isEmpty()) {
                operation.getResponses().addApiResponse(status.getKey(), new ApiResponse()
                        .description(status.getValue().path("description").asText())
                        .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                                .schema(new Schema<>().$ref(PROBLEM)).examples(examples))));
            }
        });
    }

    private void describeId(Parameter parameter) {
        JsonNode id = api.path("pathVariables").path(parameter.getName());
        if (id.has("example") && parameter.getSchema() != null) {
            parameter.description(id.path("description").asText() + ": an opaque id, never a name")
                    .example(id.path("example").asText()).getSchema().setPattern(idPattern);
        }
    }

    private static void add(Map<String, Example> examples, String summary, JsonNode problem) {
        examples.put(problem.path("type").asText().substring(problem.path("type").asText().lastIndexOf('/') + 1),
                new Example().summary(summary).value(JSON.convertValue(problem, Object.class)));
    }

    private static void replace(Operation operation, String argument, JsonNode parameters) {
        Set<String> replaced = texts(parameters.findValues("name"));
        replaced.add(argument);
        if (operation.getParameters() != null) {
            operation.getParameters().removeIf(parameter -> "query".equals(parameter.getIn())
                    && replaced.contains(parameter.getName()));
        }
        for (Iterator<JsonNode> each = parameters.elements(); each.hasNext(); ) {
            Parameter parameter = JSON.convertValue(each.next(), Parameter.class);
            boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(existing -> existing.getName().equalsIgnoreCase(parameter.getName()));
            if (!declared) {
                operation.addParametersItem(parameter);
            }
        }
    }

    private static Set<String> texts(Iterable<JsonNode> nodes) {
        Set<String> texts = new TreeSet<>();
        nodes.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    /** An operation's example answer, a file of its own under {@code openapi/examples/}. */
    public static JsonNode answer(JsonNode documented) {
        return read("openapi/examples/" + documented.path("answerFile").asText() + ".json");
    }

    /** The operations documented in a service's resource, by {@code "METHOD /path"}, in the document's order. */
    public static JsonNode operations(String apiResource) {
        return read(apiResource).path("operations");
    }

    private static JsonNode read(String resource) {
        return parse(text(resource), resource);
    }

    private static JsonNode parse(String json, String what) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + what, e);
        }
    }

    private static String text(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("No " + resource + " on the class path", e);
        }
    }
}
