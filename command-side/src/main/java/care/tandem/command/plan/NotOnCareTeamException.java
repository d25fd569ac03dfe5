package care.tandem.command.plan;

/**
 * The actor may not act on this plan: they are neither on its care team nor the clinician of the session the
 * command is about (HTTP 403). Nothing was applied.
 */
public class NotOnCareTeamException extends RuntimeException {

    public NotOnCareTeamException(String message) {
        super(message);
    }
}
