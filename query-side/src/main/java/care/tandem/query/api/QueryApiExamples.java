package care.tandem.query.api;

import care.tandem.edge.openapi.ApiDocumentation;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The query API's examples, one per operation, in {@code openapi/query-api.json}: the example request's query string
 * and the file (under {@code openapi/examples/}) of the JSON it is answered with. The examples speak of the
 * walkthrough's couple (p-alex, p-sam) and clinician (c-rivera), never real people. A new operation needs an entry: the
 * document is not built without one, and the query side's OpenAPI test checks that every example has the fields of the
 * live answer to the same request.
 */
public final class QueryApiExamples {

    static final String RESOURCE = "openapi/query-api.json";

    private static final JsonNode OPERATIONS = ApiDocumentation.operations(RESOURCE);

    record Endpoint(String key, JsonNode documented) {

        String method() {
            return key.substring(0, key.indexOf(' '));
        }

        String path() {
            return key.substring(key.indexOf(' ') + 1);
        }

        String query() {
            return documented.path("query").asText();
        }

        /** An operation that answers 204 is documented without an answer. */
        boolean hasAnswer() {
            return documented.has("answerFile");
        }

        String answer() {
            return ApiDocumentation.answer(documented).toString();
        }
    }

    private QueryApiExamples() {
    }

    static List<Endpoint> all() {
        List<Endpoint> endpoints = new ArrayList<>();
        OPERATIONS.fields().forEachRemaining(entry -> endpoints.add(
                new Endpoint(entry.getKey(), entry.getValue())));
        return endpoints;
    }
}
