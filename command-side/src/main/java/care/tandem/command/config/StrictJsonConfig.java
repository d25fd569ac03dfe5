package care.tandem.command.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Command bodies are read strictly: a value of the wrong JSON type is refused, never converted. {@code 60.5},
 * {@code "45"} or {@code true} is no number of minutes, {@code 12345} no id, {@code [2027,1,1]} or
 * {@code 1767225600} no date; a key twice, a key no command has, or anything after the body is refused too. The
 * client hears which field was wrong instead of finding something else stored.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfig {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictCommandJson() {
        return builder -> builder
                .featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                        MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .deserializerByType(Instant.class, new IsoTextDeserializer<>(Instant.class, Instant::parse))
                .deserializerByType(LocalDate.class, new IsoTextDeserializer<>(LocalDate.class, LocalDate::parse))
                .postConfigurer(mapper -> {
                    for (CoercionInputShape scalar : new CoercionInputShape[] {CoercionInputShape.Integer,
                            CoercionInputShape.Float, CoercionInputShape.Boolean}) {
                        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
                    }
                    mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.EmptyString,
                            CoercionAction.Fail);
                });
    }

    /** An instant or a date as ISO-8601 text only: {@code "2026-12-03T16:00:00Z"}, {@code "2027-01-15"}. */
    private static final class IsoTextDeserializer<T> extends StdScalarDeserializer<T> {

        private final transient Function<String, T> parse;

        IsoTextDeserializer(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            try {
                return parse.apply(parser.getText());
            } catch (DateTimeParseException e) {
                return (T) context.handleWeirdStringValue(handledType(), parser.getText(),
                        "not an ISO-8601 " + (handledType() == Instant.class ? "instant such as 2026-12-03T16:00:00Z"
                                : "date such as 2027-01-15"));
            }
        }
    }
}
