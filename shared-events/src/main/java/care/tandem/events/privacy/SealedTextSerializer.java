package care.tandem.events.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;

/** Writes a {@link PersonalData} text sealed with its person's key, when the serializer has a cipher. */
final class SealedTextSerializer extends StdSerializer<String> implements ContextualSerializer {

    private final String[] subjects;
    private final String context;

    SealedTextSerializer() {
        this(new String[0], "");
    }

    private SealedTextSerializer(String[] subjects, String context) {
        super(String.class);
        this.subjects = subjects;
        this.context = context;
    }

    @Override
    public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property) {
        PersonalData personal = property == null ? null : property.getAnnotation(PersonalData.class);
        if (personal == null) {
            return this;
        }
        return new SealedTextSerializer(personal.subject(), contextOf(property));
    }

    @Override
    public void serialize(String text, JsonGenerator generator, SerializerProvider provider) throws IOException {
        PersonalDataCipher cipher = (PersonalDataCipher) provider.getAttribute(PersonalDataCipher.ATTRIBUTE);
        String subject = cipher == null || SealedText.isSealed(text) || SealedText.ERASED.equals(text) ? null
                : Subjects.of(generator.getOutputContext(), subjects);
        generator.writeString(subject == null ? text : SealedText.seal(cipher, subject, context, text));
    }

    /** What the text is: its record and component, e.g. {@code Member.displayName}. */
    static String contextOf(BeanProperty property) {
        return property.getMember().getDeclaringClass().getSimpleName() + '.' + property.getName();
    }
}
