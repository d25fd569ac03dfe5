package care.tandem.query.api;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/**
 * The plan is known, but the read model knows no such member of it: the participant never belonged to the plan, or
 * the event that added them has not been projected yet. A member who left is still found: their records stay.
 */
public class ParticipantNotFoundException extends ErrorResponseException {

    public static final URI TYPE = URI.create("https://tandem.care/problems/participant-not-found");

    public ParticipantNotFoundException(PlanId planId, ParticipantId participantId, String readModel) {
        super(HttpStatus.NOT_FOUND, problem(planId, participantId, readModel), null);
    }

    private static ProblemDetail problem(PlanId planId, ParticipantId participantId, String readModel) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "The " + readModel + " read model knows no member '" + participantId + "' of treatment plan '"
                        + planId + "' (yet)");
        problem.setType(TYPE);
        problem.setTitle("Participant not found");
        problem.setProperty("planId", planId.value());
        problem.setProperty("participantId", participantId.value());
        return problem;
    }
}
