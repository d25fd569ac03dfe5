package care.tandem.command.api;

import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.SessionKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * sessionId is optional (the server assigns one; a multi-family group uses the same id in each plan);
 * makeupFor names a missed joint session.
 */
public record ScheduleSessionRequest(
        String sessionId,
        SessionKind kind,
        @Within(back = "P366D", ahead = "P731D") Instant startsAt,
        @Min(1) @Max(240) Integer durationMinutes,
        String clinicianId,
        @Size(max = 50) List<String> participantIds,
        LocationMode locationMode,
        String makeupFor) {
}
