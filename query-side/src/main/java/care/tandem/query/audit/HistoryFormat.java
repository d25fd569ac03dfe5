package care.tandem.query.audit;

import care.tandem.query.api.InvalidParameterException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The form of a compliance replay: {@code ?format=json|csv} when given, else the first of JSON or CSV that the
 * {@code Accept} header accepts, by quality; JSON when it accepts anything, or gives no preference.
 */
enum HistoryFormat {
    JSON(MediaType.APPLICATION_JSON),
    CSV(new MediaType("text", "csv", StandardCharsets.UTF_8));

    static final String FORMAT = "format";

    private final MediaType mediaType;

    HistoryFormat(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    static HistoryFormat of(String format, String accept) {
        if (format != null) {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "csv" -> CSV;
                default -> throw new InvalidParameterException(FORMAT, "json or csv");
            };
        }
        return accepted(accept).stream()
                .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
                .map(HistoryFormat::matching)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(JSON);
    }

    /** JSON first, so that a wildcard picks it. */
    private static HistoryFormat matching(MediaType accepted) {
        if (accepted.getQualityValue() == 0) {
            return null;
        }
        for (HistoryFormat format : values()) {
            if (accepted.isCompatibleWith(format.mediaType)) {
                return format;
            }
        }
        return null;
    }

    private static List<MediaType> accepted(String accept) {
        if (accept == null || accept.isBlank()) {
            return List.of();
        }
        try {
            return MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new InvalidParameterException("Accept", "media types, e.g. text/csv or application/json");
        }
    }
}
