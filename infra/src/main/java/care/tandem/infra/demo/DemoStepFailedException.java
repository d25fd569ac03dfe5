package care.tandem.infra.demo;

/**
 * A step of the demo script the command side did not accept. The message names the step, its method and path
 * and what came back (status and problem type), never the body or the problem's detail: both can carry the
 * names and ids of people.
 */
public class DemoStepFailedException extends RuntimeException {

    DemoStepFailedException(DemoStep step, String outcome, Throwable cause) {
        super("Demo step " + step.number() + " (" + step.request() + ") " + outcome, cause);
    }
}
