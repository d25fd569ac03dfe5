package care.tandem.command.api;

import java.time.Instant;

public record RescheduleSessionRequest(Instant startsAt, Integer durationMinutes) {
}
