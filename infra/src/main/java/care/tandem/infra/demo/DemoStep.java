package care.tandem.infra.demo;

/**
 * One command request of the demo script, as the command API takes it. {@code planId} names the plan the
 * command is about: steps of one plan are sent in order, steps of different plans may run concurrently.
 * {@code body} is JSON, or null for a command without one. The idempotency key is derived from the seed and
 * the step number, so sending the same script again is answered from the stored answers.
 */
public record DemoStep(
        int number,
        String planId,
        String method,
        String path,
        String clinicianId,
        String idempotencyKey,
        String body,
        int expectedStatus) {

    /** Method and path: what a failure report may name (never the body, which carries display names). */
    public String request() {
        return method + " " + path;
    }
}
