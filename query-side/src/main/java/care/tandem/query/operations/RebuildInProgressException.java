package care.tandem.query.operations;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;
import java.util.Collection;
import java.util.List;

/** A read model is rebuilt once at a time: a second reset would only restart the replay already under way. */
class RebuildInProgressException extends ErrorResponseException {

    static final URI TYPE = URI.create("https://tandem.care/problems/rebuild-in-progress");

    RebuildInProgressException(Collection<String> readModels) {
        super(HttpStatus.CONFLICT, problem(readModels), null);
    }

    private static ProblemDetail problem(Collection<String> readModels) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Already rebuilding: " + String.join(", ", readModels));
        problem.setType(TYPE);
        problem.setTitle("Rebuild in progress");
        problem.setProperty("rule", "rebuild-in-progress");
        problem.setProperty("readModels", List.copyOf(readModels));
        return problem;
    }
}
