package care.tandem.command.delivery;

/** The Idempotency-Key was already used by this actor for a different request: HTTP 422. */
public class IdempotencyKeyReusedException extends RuntimeException {

    IdempotencyKeyReusedException() {
        super("This Idempotency-Key was already used for a different request (method, path or body); "
                + "use a new key for a new request");
    }
}
