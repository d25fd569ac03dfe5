package care.tandem.events.feed;

import care.tandem.events.id.Ids;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The JSON Schema (draft 7) of an event's payload as {@code TandemSerialization} writes it: every component present
 * (null where it does not apply), ids as strings under the id rule, instants as ISO-8601 strings, enums by name, no
 * other property. Each schema stands alone (its shared types under {@code definitions}).
 */
final class EventSchemas {

    private final SchemaGenerator generator;

    EventSchemas() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_7,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.NULLABLE_FIELDS_BY_DEFAULT,
                        Option.DEFINITIONS_FOR_ALL_OBJECTS);
        // Jackson writes every record component, null or not.
        config.forFields().withRequiredCheck(field -> true);
        config.forFields().withNullableCheck(field -> !field.getType().getErasedType().isPrimitive());
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            Class<?> erased = type.getErasedType();
            if (erased == Instant.class) {
                return text(context.getGeneratorConfig().createObjectNode().put("format", "date-time"));
            }
            if (erased == LocalDate.class) {
                return text(context.getGeneratorConfig().createObjectNode().put("format", "date"));
            }
            if (isStringValue(erased)) {
                return text(context.getGeneratorConfig().createObjectNode().put("pattern", "^" + Ids.PATTERN + "$"));
            }
            return null;
        });
        this.generator = new SchemaGenerator(config.build());
    }

    ObjectNode of(Class<?> event) {
        ObjectNode schema = generator.generateSchema(event);
        schema.put("title", event.getSimpleName() + " revision " + PublishedEvents.revision(event));
        return schema;
    }

    private static CustomDefinition text(ObjectNode schema) {
        schema.put("type", "string");
        return new CustomDefinition(schema, CustomDefinition.DefinitionType.INLINE,
                CustomDefinition.AttributeInclusion.NO);
    }

    /** An id of {@code care.tandem.events.id}: a record written as its one string ({@link JsonValue}). */
    private static boolean isStringValue(Class<?> type) {
        return type.isRecord() && type.getPackageName().equals(Ids.class.getPackageName())
                && Arrays.stream(type.getMethods()).anyMatch(method -> method.isAnnotationPresent(JsonValue.class)
                && method.getReturnType() == String.class);
    }
}
