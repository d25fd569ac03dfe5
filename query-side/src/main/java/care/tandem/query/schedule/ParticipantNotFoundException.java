package care.tandem.query.schedule;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** The plan is known, but the participant was never one of its members (one who left still counts as a member). */
class ParticipantNotFoundException extends ErrorResponseException {

    static final URI TYPE = URI.create("https://tandem.care/problems/participant-not-found");

    ParticipantNotFoundException(PlanId planId, ParticipantId participantId) {
        super(HttpStatus.NOT_FOUND, problem(planId, participantId), null);
    }

    private static ProblemDetail problem(PlanId planId, ParticipantId participantId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Participant '" + participantId + "' was never a member of treatment plan '" + planId + "' (as far as "
                        + "the schedule read model knows yet)");
        problem.setType(TYPE);
        problem.setTitle("Participant not found");
        problem.setProperty("planId", planId.value());
        problem.setProperty("participantId", participantId.value());
        return problem;
    }
}
