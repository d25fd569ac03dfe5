package care.tandem.command.api;

public record PartnerRequest(String participantId, String displayName) {
}
