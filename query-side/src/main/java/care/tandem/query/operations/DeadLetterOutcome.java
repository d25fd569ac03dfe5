package care.tandem.query.operations;

/**
 * What a retry or an eviction of parked events did.
 *
 * @param planId      the plan acted on; null when every parked plan was retried
 * @param cleared     plans whose parked events were all applied (a retry) or dropped (an eviction)
 * @param deadLetters parked events left in the read model's queue afterwards
 */
public record DeadLetterOutcome(String readModel, String planId, long cleared, long deadLetters) {
}
