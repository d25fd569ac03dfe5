package care.tandem.query.operations;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;
import java.util.Collection;
import java.util.List;

/**
 * No read model by that name. The problem lists the read models there are instead of repeating the name asked for,
 * which is whatever the caller typed.
 */
class ReadModelNotFoundException extends ErrorResponseException {

    static final URI TYPE = URI.create("https://tandem.care/problems/read-model-not-found");

    ReadModelNotFoundException(Collection<String> readModels) {
        super(HttpStatus.NOT_FOUND, problem(readModels), null);
    }

    private static ProblemDetail problem(Collection<String> readModels) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No read model by that name; the read models are " + String.join(", ", readModels));
        problem.setType(TYPE);
        problem.setTitle("Read model not found");
        problem.setProperty("readModels", List.copyOf(readModels));
        return problem;
    }
}
