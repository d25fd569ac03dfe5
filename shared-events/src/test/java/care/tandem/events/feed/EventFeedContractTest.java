package care.tandem.events.feed;

import care.tandem.events.serialization.TandemSerialization;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event feed's contract cannot drift from the published language: {@code src/main/resources/event-feed} holds the
 * AsyncAPI document of the {@code tandem.events} topic and a JSON Schema per event and revision, and this test fails
 * when an event record changes shape without a new revision and its schema. Run it with
 * {@code -Dtandem.event-feed.write=true} to write a new revision's schema and the document; an existing revision's
 * schema is never rewritten: what was published under a revision stays what it was.
 */
class EventFeedContractTest {

    private static final Path FEED = Path.of("src/main/resources/event-feed");
    private static final Path SCHEMAS = FEED.resolve("schemas");
    private static final Path DOCUMENT = FEED.resolve("asyncapi.yaml");
    private static final boolean WRITE = Boolean.getBoolean("tandem.event-feed.write");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER, YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES, YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();

    private final List<Class<?>> events = PublishedEvents.all();
    private final EventSchemas schemas = new EventSchemas();

    @Test
    void everyEventHasTheSchemaOfItsRevisionAndAChangedShapeNeedsANewRevision() throws IOException {
        assertThat(events).as("events of the published language").hasSizeGreaterThan(20);
        List<String> problems = new ArrayList<>();
        for (Class<?> event : events) {
            ObjectNode generated = schemas.of(event);
            Path file = SCHEMAS.resolve(PublishedEvents.schemaFile(event));
            if (Files.exists(file)) {
                if (!JSON.readTree(file.toFile()).equals(generated)) {
                    problems.add(event.getSimpleName() + " changed shape but is still @Revision(\""
                            + PublishedEvents.revision(event) + "\"): give it the next revision, an upcaster from "
                            + "this one, and write its schema (-Dtandem.event-feed.write=true)");
                }
            } else if (WRITE) {
                Files.createDirectories(SCHEMAS);
                JSON.writeValue(file.toFile(), generated);
            } else {
                problems.add(event.getSimpleName() + " has no schema for revision " + PublishedEvents.revision(event)
                        + " (" + file.getFileName() + "): write it with -Dtandem.event-feed.write=true");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everySchemaFileIsARevisionOfAnEventNoNewerThanItsCurrentOne() throws IOException {
        List<String> orphans = new ArrayList<>();
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            for (Path file : files.toList()) {
                String[] name = file.getFileName().toString().replace(".json", "").split("-");
                boolean known = events.stream().anyMatch(event -> event.getSimpleName().equals(name[0])
                        && Integer.parseInt(name[1]) <= Integer.parseInt(PublishedEvents.revision(event)));
                if (!known) {
                    orphans.add(file.getFileName().toString());
                }
            }
        }
        assertThat(orphans).as("schemas of no event revision").isEmpty();
    }

    @Test
    void theAsyncApiDocumentDescribesEveryEventAtItsCurrentRevision() throws IOException {
        ObjectNode generated = new FeedDocument(Path.of("src/main/java")).build(events);
        if (WRITE) {
            YAML.writeValue(DOCUMENT.toFile(), generated);
        }
        JsonNode document = YAML.readTree(DOCUMENT.toFile());
        assertThat(document).as("asyncapi.yaml against the events (rewrite it with -Dtandem.event-feed.write=true)")
                .isEqualTo(generated);
        for (JsonNode reference : document.findValues("$ref")) {
            String target = reference.asText();
            if (target.startsWith("#/")) {
                assertThat(document.at(target.substring(1)).isMissingNode()).as(target).isFalse();
            } else {
                assertThat(FEED.resolve(target)).as(target).isRegularFile();
            }
        }
    }

    @Test
    void theDocumentIsValidAsyncApi3() throws IOException {
        JsonNode specification;
        try (InputStream in = getClass().getResourceAsStream("/asyncapi-3.0.0-without-id.json")) {
            specification = JSON.readTree(in);
        }
        Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(specification).validate(YAML.readTree(DOCUMENT.toFile()));
        assertThat(errors).isEmpty();
    }

    @Test
    void everyEventAsTandemWritesItMatchesItsSchema() throws IOException {
        ObjectMapper tandem = TandemSerialization.objectMapper();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        for (Class<?> event : events) {
            JsonNode written = tandem.readTree(tandem.writeValueAsBytes(SampleEvents.of(event)));
            Set<ValidationMessage> errors = factory.getSchema(schemas.of(event)).validate(written);
            assertThat(errors).as(event.getSimpleName() + " " + written).isEmpty();
        }
    }
}
