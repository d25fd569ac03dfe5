package care.tandem.command.delivery;

/** An earlier request with the same Idempotency-Key is still running: HTTP 409, retry later with the same key. */
public class IdempotencyKeyInFlightException extends RuntimeException {

    IdempotencyKeyInFlightException() {
        super("A request with this Idempotency-Key is still being processed; retry it later with the same key");
    }
}
