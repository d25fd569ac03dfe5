package care.tandem.query.export.fhir;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * FHIR logical ids for Tandem's records, unique across every plan as a FHIR server needs them. A FHIR id is 1-64 of
 * {@code [A-Za-z0-9-.]}. Persons, clinicians and plans have ids unique in Tandem: one that is a FHIR id keeps its
 * value. A session's or goal's id is unique within its plan and a consent's within its person's consents, so theirs
 * is scoped: {@code <planId>.<sessionId>}. Any id that cannot be written so (an underscore, too long) and the ids of
 * resources Tandem has no single id for (a guardian of a minor, one person's encounter of a session) are a stable
 * SHA-256 of their parts, {@code t-<40 hex digits>}.
 */
final class FhirIds {

    static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
    /** No dot, so {@code scope.id} reads back one way only; no {@code t-} prefix of the hashes can arise from it. */
    private static final Pattern SCOPABLE = Pattern.compile("[A-Za-z0-9\\-]+");

    private FhirIds() {
    }

    static String of(String tandemId) {
        return FHIR_ID.matcher(tandemId).matches() ? tandemId : hashed(tandemId);
    }

    /** An id unique within its scope (a plan, a person), made unique everywhere. */
    static String scoped(String scope, String id) {
        String scoped = scope + '.' + id;
        return SCOPABLE.matcher(scope).matches() && SCOPABLE.matcher(id).matches() && scoped.length() <= 64 ? scoped
                : hashed(scoped);
    }

    static String hashed(String... parts) {
        return hashed(String.join("/", parts));
    }

    private static String hashed(String parts) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(parts.getBytes(StandardCharsets.UTF_8));
            return "t-" + HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
