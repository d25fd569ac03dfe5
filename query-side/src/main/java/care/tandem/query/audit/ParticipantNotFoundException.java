package care.tandem.query.audit;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** The participant never belonged to the plan (as far as the read model has seen the plan's events). */
class ParticipantNotFoundException extends ErrorResponseException {

    static final URI TYPE = URI.create("https://tandem.care/problems/participant-not-found");

    ParticipantNotFoundException(PlanId planId, ParticipantId participantId) {
        super(HttpStatus.NOT_FOUND, problem(planId, participantId), null);
    }

    private static ProblemDetail problem(PlanId planId, ParticipantId participantId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Participant '" + participantId + "' never belonged to treatment plan '" + planId + "'");
        problem.setType(TYPE);
        problem.setTitle("Participant not found in the plan");
        problem.setProperty("planId", planId.value());
        problem.setProperty("participantId", participantId.value());
        return problem;
    }
}
