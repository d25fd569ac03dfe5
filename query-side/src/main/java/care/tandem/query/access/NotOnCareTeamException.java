package care.tandem.query.access;

/** A clinician asked for a plan outside their care teams without breaking the glass (HTTP 403). */
public class NotOnCareTeamException extends RuntimeException {

    public NotOnCareTeamException(String message) {
        super(message);
    }
}
