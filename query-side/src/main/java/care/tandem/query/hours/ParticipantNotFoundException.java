package care.tandem.query.hours;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** The plan is known but never had the participant as a member. */
class ParticipantNotFoundException extends ErrorResponseException {

    static final URI TYPE = URI.create("https://tandem.care/problems/participant-not-found");

    ParticipantNotFoundException(PlanId planId, ParticipantId participantId) {
        super(HttpStatus.NOT_FOUND, problem(planId, participantId), null);
    }

    private static ProblemDetail problem(PlanId planId, ParticipantId participantId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Treatment plan '" + planId + "' has no member '" + participantId + "' (yet)");
        problem.setType(TYPE);
        problem.setTitle("Participant not found");
        problem.setProperty("planId", planId.value());
        problem.setProperty("participantId", participantId.value());
        return problem;
    }
}
