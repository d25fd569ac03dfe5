package care.tandem.command.delivery;

import care.tandem.command.plan.InvalidCommandException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan's version on the wire: the sequence number of its last event as a strong ETag, {@code "7"}. Every
 * successful command answers with the version after it; a command sent with {@code If-Match: "7"} is only
 * applied while the plan is still at version 7.
 */
public final class PlanVersions {

    public static final String IF_MATCH_HEADER = "If-Match";
    private static final Pattern STRONG_VERSION_TAG = Pattern.compile("\"(0|[1-9][0-9]{0,17})\"");

    private PlanVersions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The expected version named by an If-Match header, null without one; 400 for anything else. */
    public static Long parseIfMatch(String header) {
        if (header == null) {
            return null;
        }
        Matcher matcher = STRONG_VERSION_TAG.matcher(header.strip());
        if (!matcher.matches()) {
            throw new InvalidCommandException(IF_MATCH_HEADER,
                    "must be one plan version as returned in an ETag, e.g. \"3\" with the quotes");
        }
        return Long.valueOf(matcher.group(1));
    }
}
