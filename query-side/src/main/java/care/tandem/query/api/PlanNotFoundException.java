package care.tandem.query.api;

import care.tandem.events.id.PlanId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** No read model document for the plan yet: the plan is unknown, or its first event has not been projected. */
public class PlanNotFoundException extends ErrorResponseException {

    public static final URI TYPE = URI.create("https://tandem.care/problems/plan-not-found");

    public PlanNotFoundException(PlanId planId, String readModel) {
        super(HttpStatus.NOT_FOUND, problem(planId, readModel), null);
    }

    private static ProblemDetail problem(PlanId planId, String readModel) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "The " + readModel + " read model knows no treatment plan '" + planId + "' (yet)");
        problem.setType(TYPE);
        problem.setTitle("Treatment plan not found");
        problem.setProperty("planId", planId.value());
        return problem;
    }
}
