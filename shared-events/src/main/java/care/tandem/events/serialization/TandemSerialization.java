package care.tandem.events.serialization;

import care.tandem.events.privacy.PersonalDataCipher;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.ContextAttributes;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The one JSON shape of Tandem's events, metadata and tokens. Both services build their Axon serializers
 * here, so the stored record and the Kafka feed cannot drift apart, and the HTTP layer's ObjectMapper can
 * change without touching the permanent record.
 */
public final class TandemSerialization {

    private TandemSerialization() {
    }

    public static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                // Older readers must tolerate fields that newer revisions add.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public static JacksonSerializer serializer() {
        return JacksonSerializer.builder().objectMapper(objectMapper()).build();
    }

    /**
     * The same, sealing and opening personal text ({@link care.tandem.events.privacy.PersonalData}) with each
     * person's own key.
     */
    public static JacksonSerializer serializer(PersonalDataCipher cipher) {
        ObjectMapper mapper = objectMapper();
        mapper.setDefaultAttributes(ContextAttributes.getEmpty().withSharedAttribute(PersonalDataCipher.ATTRIBUTE,
                cipher));
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }
}
