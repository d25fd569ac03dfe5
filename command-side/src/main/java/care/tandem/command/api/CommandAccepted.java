package care.tandem.command.api;

/** The answer to an accepted command: what it concerned and how to find its events again. */
public record CommandAccepted(String planId, String sessionId, String correlationId) {
}
