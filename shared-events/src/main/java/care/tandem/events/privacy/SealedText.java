package care.tandem.events.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Sealed personal text as it is stored: {@value #PREFIX}{@code <subject>:<base64url ciphertext>}. The subject (an
 * opaque id) stays readable so a reader knows whose key opens it; text without the prefix was written before
 * sealing and is read as it is.
 */
public final class SealedText {

    public static final String PREFIX = "sealed:v1:";
    /** What personal text reads as once its person's key is destroyed. */
    public static final String ERASED = "[erased]";

    private SealedText() {
    }

    public static boolean isSealed(String text) {
        return text != null && text.startsWith(PREFIX);
    }

    static String seal(PersonalDataCipher cipher, String subject, String context, String plaintext) {
        try {
            return cipher.seal(subject, associatedData(subject, context), plaintext.getBytes(StandardCharsets.UTF_8))
                    .map(sealed -> PREFIX + subject + ':'
                            + Base64.getUrlEncoder().withoutPadding().encodeToString(sealed))
                    .orElse(plaintext);
        } catch (PersonalDataCipher.SubjectErased erased) {
            return ERASED;
        }
    }

    static String open(PersonalDataCipher cipher, String sealed, String context) {
        int separator = sealed.indexOf(':', PREFIX.length());
        if (separator < 0) {
            return ERASED;
        }
        String subject = sealed.substring(PREFIX.length(), separator);
        byte[] ciphertext;
        try {
            ciphertext = Base64.getUrlDecoder().decode(sealed.substring(separator + 1));
        } catch (IllegalArgumentException malformed) {
            return ERASED;
        }
        return cipher.open(subject, associatedData(subject, context), ciphertext)
                .map(plaintext -> new String(plaintext, StandardCharsets.UTF_8)).orElse(ERASED);
    }

    private static byte[] associatedData(String subject, String context) {
        return (subject + '|' + context).getBytes(StandardCharsets.UTF_8);
    }
}
