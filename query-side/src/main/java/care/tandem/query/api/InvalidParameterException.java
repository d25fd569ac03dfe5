package care.tandem.query.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/**
 * A request parameter breaks a rule of the query API. The problem names the parameter and the rule, never the value:
 * a value may be free text a person typed.
 */
public class InvalidParameterException extends ErrorResponseException {

    public static final URI TYPE = URI.create("https://tandem.care/problems/invalid-parameter");

    public InvalidParameterException(String parameter, String rule) {
        super(HttpStatus.BAD_REQUEST, problem(parameter, rule), null);
    }

    private static ProblemDetail problem(String parameter, String rule) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                                                                 "'" + parameter + "' is invalid: " + rule);
        problem.setType(TYPE);
        problem.setTitle("Invalid request parameter");
        problem.setProperty("parameter", parameter);
        problem.setProperty("rule", rule);
        return problem;
    }
}
