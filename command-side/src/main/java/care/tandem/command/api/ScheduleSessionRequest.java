package care.tandem.command.api;

import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.SessionKind;

import java.time.Instant;
import java.util.List;

/**
 * sessionId is optional (the server assigns one; a multi-family group uses the same id in each plan);
 * makeupFor names a missed joint session.
 */
public record ScheduleSessionRequest(
        String sessionId,
        SessionKind kind,
        Instant startsAt,
        Integer durationMinutes,
        String clinicianId,
        List<String> participantIds,
        LocationMode locationMode,
        String makeupFor) {
}
