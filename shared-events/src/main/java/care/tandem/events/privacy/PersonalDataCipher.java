package care.tandem.events.privacy;

import java.util.Optional;

/**
 * Seals and opens personal text with the key of the person it is about (AES-GCM, authenticated with the person and
 * what the text is, so sealed text cannot be moved to another person or field). A service installs its cipher in
 * the serializer it builds ({@code TandemSerialization.serializer(cipher)}); without one, text is written and read
 * as it is.
 */
public interface PersonalDataCipher {

    /** Where the serializer's ObjectMapper keeps the cipher, as a shared attribute. */
    String ATTRIBUTE = PersonalDataCipher.class.getName();

    /**
     * The ciphertext; empty where the cipher has no key for the subject (a reader's): the text is left as it is.
     *
     * @throws SubjectErased if the subject's key was destroyed: nothing more of their text is written, only that it
     *                       is erased
     */
    Optional<byte[]> seal(String subject, byte[] associatedData, byte[] plaintext);

    /** The plaintext; empty if the subject's key was destroyed (the text is erased) or never existed. */
    Optional<byte[]> open(String subject, byte[] associatedData, byte[] ciphertext);

    /** The subject's key was destroyed: their text is written as erased. */
    class SubjectErased extends RuntimeException {

        public SubjectErased(String subject) {
            super("The personal data of " + subject + " was shredded", null, false, false);
        }
    }
}
