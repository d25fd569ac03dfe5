package care.tandem.infra.dashboard;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the dashboard writes the query API's values (its common.js), for comparing what a page shows with the API's
 * JSON. JavaScript's {@code toFixed} rounds the exact binary value half up, as {@link BigDecimal} does here.
 */
final class DashboardFormats {

    static final String NONE = "—";

    private static final Set<String> ACRONYMS = Set.of("IOP", "PHP");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private DashboardFormats() {
    }

    /** A fraction as a percentage with one decimal: 0.8333 is "83.3%". */
    static String rate(JsonNode rate) {
        return isNone(rate) ? NONE : fixed(rate.doubleValue() * 100, 1) + "%";
    }

    static String hours(JsonNode hours) {
        return isNone(hours) ? NONE : fixed(hours.doubleValue(), 2) + " h";
    }

    static String count(JsonNode count) {
        return isNone(count) ? NONE : count.asText();
    }

    static String minutes(JsonNode minutes) {
        return count(minutes) + " min";
    }

    /** SCHEDULING_CONFLICT is "Scheduling conflict", IOP_ADULT "IOP adult". */
    static String enumText(String value) {
        if (value == null || value.isEmpty()) {
            return NONE;
        }
        String words = Arrays.stream(value.split("_"))
                .map(word -> ACRONYMS.contains(word) ? word : word.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String dateTime(ZoneId zone, Instant instant) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    private static boolean isNone(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }

    private static String fixed(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
