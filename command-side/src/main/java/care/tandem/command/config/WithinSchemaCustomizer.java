package care.tandem.command.config;

import care.tandem.command.api.Within;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.stereotype.Component;

import java.lang.annotation.Annotation;
import java.time.Duration;

/** States a {@link Within} window in the OpenAPI document, beside the bounds springdoc reads from Bean Validation. */
@Component
class WithinSchemaCustomizer implements PropertyCustomizer {

    @Override
    public Schema customize(Schema property, AnnotatedType type) {
        if (type.getCtxAnnotations() == null) {
            return property;
        }
        for (Annotation annotation : type.getCtxAnnotations()) {
            if (annotation instanceof Within within) {
                String window = describe(within);
                property.setDescription(property.getDescription() == null ? window
                        : property.getDescription() + " " + window);
            }
        }
        return property;
    }

    static String describe(Within within) {
        StringBuilder window = new StringBuilder("Accepted: ");
        if (!within.back().isEmpty()) {
            long back = Duration.parse(within.back()).toDays();
            window.append(back == 0 ? "from the day of the request" : "from " + back + " days before the request");
        } else if (!within.notBefore().isEmpty()) {
            window.append("from ").append(within.notBefore());
        }
        long ahead = Duration.parse(within.ahead()).toDays();
        window.append(ahead == 0 ? " up to the time of the request" : " up to " + ahead + " days after it");
        if (!within.back().isEmpty() && !within.notBefore().isEmpty()) {
            window.append(", never before ").append(within.notBefore());
        }
        return window.append(" (dates in the clinic's time zone).").toString();
    }
}
