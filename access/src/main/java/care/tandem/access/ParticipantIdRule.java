package care.tandem.access;

/**
 * Which values of a token's participant claim are participant ids: the domain's id rule, which each service supplies,
 * so that access control itself knows nothing of the domain.
 */
@FunctionalInterface
public interface ParticipantIdRule {

    boolean accepts(String participantId);
}
