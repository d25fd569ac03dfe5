package care.tandem.events.feed;

import care.tandem.events.EventMetadata;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AsyncAPI 3.0 document of the {@code tandem.events} topic, built from the published events: one message per
 * event at its current revision, its payload the schema file of that revision, its headers what axon-kafka writes.
 */
final class FeedDocument {

    static final String CHANNEL = "tandemEvents";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The javadoc right before an event's declaration. */
    private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/\\s*(?:@Revision|public record)",
            Pattern.DOTALL);

    private final Path sources;

    /** @param sources the module's {@code src/main/java}, where each event's javadoc gives its summary */
    FeedDocument(Path sources) {
        this.sources = sources;
    }

    ObjectNode build(List<Class<?>> events) {
        ObjectNode document = JSON.createObjectNode();
        document.put("asyncapi", "3.0.0");
        ObjectNode info = document.putObject("info");
        info.put("title", "Tandem event feed");
        info.put("version", "1.0.0");
        info.put("description", """
                Every fact Tandem's command side records, in the order it was recorded per stream (a treatment plan, or a person's consent record), on one \
                Kafka topic kept forever (retention.ms=-1). Delivery is at least once: a consumer keeps the last \
                sequence number it applied per stream (header axon-message-aggregate-seq) and ignores anything at or \
                below it. Each event's shape is fixed by its revision (header axon-message-revision); a change of \
                shape is a new revision with a schema of its own, and older revisions are upcast by Tandem's own \
                consumers (shared-events, package care.tandem.events.upcasting). Payloads hold ids, codes and \
                dates; display names and free text are personal data under HIPAA and 42 CFR Part 2 and travel \
                sealed with the key of the person they are about (a unit's own text, such as a shared goal, with its \
                plan's), as sealed:v1:<person or plan id>:<base64url AES-256-GCM ciphertext> (text recorded before \
                sealing began stays plain): a consumer opens them with Tandem's person keys and master key, and reads \
                [erased] once the key was destroyed (PersonalDataShredded; a plan's key goes with its last \
                member's).""");
        document.put("defaultContentType", "application/json");

        ObjectNode channel = document.putObject("channels").putObject(CHANNEL);
        channel.put("address", "tandem.events");
        channel.put("description", "Keyed by the stream's id (a treatment plan's id, or a person's for their "
                + "consent record), so each stream's events keep their order (6 partitions by default, "
                + "TANDEM_KAFKA_PARTITIONS).");
        ObjectNode channelMessages = channel.putObject("messages");

        ObjectNode operation = document.putObject("operations").putObject("publishEvents");
        operation.put("action", "send");
        operation.putObject("channel").put("$ref", "#/channels/" + CHANNEL);
        operation.put("summary", "The command side publishes every event the event store appended, once Kafka "
                + "acknowledged it on all in-sync replicas (acks=all).");
        ArrayNode operationMessages = operation.putArray("messages");

        ObjectNode messages = document.putObject("components").putObject("messages");
        for (Class<?> event : events) {
            String name = event.getSimpleName();
            channelMessages.putObject(name).put("$ref", "#/components/messages/" + name);
            operationMessages.addObject().put("$ref", "#/channels/" + CHANNEL + "/messages/" + name);
            messages.set(name, message(event));
        }
        return document;
    }

    private ObjectNode message(Class<?> event) {
        ObjectNode message = JSON.createObjectNode();
        message.put("name", event.getName());
        message.put("title", event.getSimpleName() + " (revision " + PublishedEvents.revision(event) + ")");
        message.put("summary", summary(event));
        message.put("contentType", "application/json");
        message.set("headers", headers(event));
        message.putObject("payload").put("$ref", "schemas/" + PublishedEvents.schemaFile(event));
        return message;
    }

    /** What axon-kafka writes as record headers: text as UTF-8, numbers as 8-byte big-endian longs. */
    private static ObjectNode headers(Class<?> event) {
        ObjectNode headers = JSON.createObjectNode().put("type", "object");
        ObjectNode properties = headers.putObject("properties");
        text(properties, "axon-message-id", "The event's unique id.");
        text(properties, "axon-message-type", "The event's type.").put("const", event.getName());
        text(properties, "axon-message-revision", "The payload's revision: which schema it follows.")
                .put("const", PublishedEvents.revision(event));
        properties.putObject("axon-message-timestamp").put("description",
                "When the event was recorded: epoch milliseconds as an 8-byte big-endian long.");
        boolean consent = event.getPackageName().endsWith(".consent");
        text(properties, "axon-message-aggregate-id", consent ? "The id of the person whose consent record this is "
                + "(also the record's key)." : "The treatment plan's id (also the record's key).");
        properties.putObject("axon-message-aggregate-seq").put("description",
                "The event's sequence number within its stream, from 0: an 8-byte big-endian long.");
        text(properties, "axon-message-aggregate-type", "The stream's kind.")
                .put("const", consent ? "PersonConsents" : "TreatmentPlan");
        text(properties, "axon-metadata-" + EventMetadata.ACTOR, "Who issued the command: the subject of the "
                + "caller's verified token.");
        text(properties, "axon-metadata-" + EventMetadata.ACTOR_NAME, "The actor's display name when the command "
                + "was issued.");
        text(properties, "axon-metadata-" + EventMetadata.ACTOR_CLIENT, "The OAuth2 client the actor came through.");
        text(properties, "axon-metadata-" + EventMetadata.CORRELATION_ID, "Shared by every message one request "
                + "caused.");
        text(properties, "axon-metadata-" + EventMetadata.CAUSATION_ID, "The id of the command that produced the "
                + "event.");
        text(properties, "axon-metadata-" + EventMetadata.RECORDED_AT, "When the command side accepted the request "
                + "(ISO-8601 instant).");
        headers.putArray("required").add("axon-message-id").add("axon-message-type").add("axon-message-revision")
                .add("axon-message-timestamp").add("axon-message-aggregate-id").add("axon-message-aggregate-seq");
        return headers;
    }

    private static ObjectNode text(ObjectNode properties, String name, String description) {
        return properties.putObject(name).put("type", "string").put("description", description);
    }

    /** The first sentence of the event's javadoc, without markup. */
    private String summary(Class<?> event) {
        Path source = sources.resolve(event.getName().replace('.', '/') + ".java");
        try {
            Matcher javadoc = JAVADOC.matcher(Files.readString(source));
            if (!javadoc.find()) {
                throw new IllegalStateException(event.getSimpleName() + " has no javadoc to say what it records");
            }
            String text = javadoc.group(1).replaceAll("(?m)^\\s*\\*\\s?", " ")
                    .replaceAll("\\{@(?:link|code) ([^}]*)}", "$1").replaceAll("<[^>]+>", "")
                    .replaceAll("\\s+", " ").strip();
            int end = text.indexOf(". ");
            return end < 0 ? text : text.substring(0, end + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
