package care.tandem.command.api;

/** An earlier request with the same Idempotency-Key is still running: HTTP 409, retry later with the same key. */
class IdempotencyKeyInFlightException extends RuntimeException {

    IdempotencyKeyInFlightException() {
        super("A request with this Idempotency-Key is still being processed; retry it later with the same key");
    }
}
