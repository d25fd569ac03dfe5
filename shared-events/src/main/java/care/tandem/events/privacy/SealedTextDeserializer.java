package care.tandem.events.privacy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;

/**
 * Reads a {@link PersonalData} text, opening it with its person's key when the serializer has a cipher: the text, or
 * {@value SealedText#ERASED} once the key is destroyed. Text written before sealing is read as it is; without a
 * cipher, sealed text stays sealed.
 */
final class SealedTextDeserializer extends StdDeserializer<String> implements ContextualDeserializer {

    private final String context;

    SealedTextDeserializer() {
        this("");
    }

    private SealedTextDeserializer(String context) {
        super(String.class);
        this.context = context;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        return property == null ? this : new SealedTextDeserializer(SealedTextSerializer.contextOf(property));
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext deserialization) throws IOException {
        String text = parser.getValueAsString();
        PersonalDataCipher cipher = (PersonalDataCipher) deserialization.getAttribute(PersonalDataCipher.ATTRIBUTE);
        return cipher == null || !SealedText.isSealed(text) ? text : SealedText.open(cipher, text, context);
    }
}
