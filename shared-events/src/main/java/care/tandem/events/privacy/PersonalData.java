package care.tandem.events.privacy;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text about a person beyond their opaque id (a name, a free-text detail, a summary): written sealed with that
 * person's own key ({@link PersonalDataCipher}), so the event store, snapshots and the Kafka feed never hold it in
 * plain text, and destroying the key erases it everywhere while the rest of the record stays readable.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonSerialize(using = SealedTextSerializer.class)
@JsonDeserialize(using = SealedTextDeserializer.class)
public @interface PersonalData {

    /**
     * The record components that name the person the text is about, tried in order until one is set; a dotted path
     * reaches into a component ({@code corrected.participantId}), a leading {@code ../} reads the record this one is
     * part of ({@code ../person}).
     */
    String[] subject();
}
