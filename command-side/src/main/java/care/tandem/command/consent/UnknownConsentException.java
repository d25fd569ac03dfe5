package care.tandem.command.consent;

/** The person's record holds no consent of that id given within this plan: 404 {@code consent-not-found}. */
public class UnknownConsentException extends RuntimeException {

    public UnknownConsentException(String consentId) {
        super("No consent " + consentId + " of this person was given within this plan");
    }
}
