package care.tandem.infra.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures a dashboard page showed, each with the query API's raw value it carries ({@code data-value}, JSON) and
 * its text, compared with the API's JSON. Read at once, so a page of many figures costs one browser round trip.
 */
final class PageFigures {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Figure(String testId, String value, String text) {
    }

    private final Map<String, List<Figure>> byTestId = new LinkedHashMap<>();

    private PageFigures(List<Figure> figures) {
        figures.forEach(figure -> byTestId.computeIfAbsent(figure.testId(), any -> new ArrayList<>())
                .add(figure));
    }

    static PageFigures of(JsonNode figures) {
        return new PageFigures(elements(figures).stream().map(figure -> new Figure(figure.path("testId").asText(),
                figure.path("value").asText(), figure.path("text").asText())).toList());
    }

    /** The one figure with this test id shows the API's value, formatted, and carries the value itself. */
    void assertShows(String testId, JsonNode expected, String text) {
        assertThat(byTestId.get(testId)).as("figures %s", testId).hasSize(1);
        assertSame(byTestId.get(testId).get(0), testId, expected, text);
    }

    /** The figures with this test id, in page order, show the API's values in the same order. */
    void assertShowsAll(String testId, List<JsonNode> expected, Function<JsonNode, String> format) {
        List<Figure> shown = byTestId.getOrDefault(testId, List.of());
        assertThat(shown).as("figures %s", testId).hasSameSizeAs(expected);
        for (int index = 0; index < expected.size(); index++) {
            assertSame(shown.get(index), testId + "[" + index + "]", expected.get(index),
                    format.apply(expected.get(index)));
        }
    }

    private static void assertSame(Figure figure, String what, JsonNode expected, String text) {
        JsonNode shown = json(figure.value());
        assertThat(sameValue(shown, expected)).as("%s carries %s, the API says %s", what, shown, expected).isTrue();
        assertThat(figure.text()).as(what).isEqualTo(text);
    }

    /** JSON.stringify writes 1.0 as 1, so numbers are compared as numbers; a value the API leaves out is null. */
    static boolean sameValue(JsonNode shown, JsonNode expected) {
        JsonNode api = expected.isMissingNode() ? JSON.nullNode() : expected;
        if (shown.isNumber() && api.isNumber()) {
            return shown.decimalValue().compareTo(api.decimalValue()) == 0;
        }
        return shown.equals(api);
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    static List<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
