package care.tandem.command.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Instant;

public record RescheduleSessionRequest(
        @Within(back = "P366D", ahead = "P731D") Instant startsAt,
        @Min(1) @Max(240) Integer durationMinutes) {
}
