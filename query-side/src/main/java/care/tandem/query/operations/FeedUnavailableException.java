package care.tandem.query.operations;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** The Kafka brokers did not tell how far the event topic reaches; the read models keep answering from MongoDB. */
class FeedUnavailableException extends ErrorResponseException {

    static final URI TYPE = URI.create("https://tandem.care/problems/feed-unavailable");

    FeedUnavailableException(Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(), cause);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The event feed's end offsets could not be read from Kafka; try again once the brokers answer");
        problem.setType(TYPE);
        problem.setTitle("Event feed unavailable");
        return problem;
    }
}
