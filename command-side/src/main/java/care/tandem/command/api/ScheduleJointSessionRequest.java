package care.tandem.command.api;

import java.time.Instant;
import java.util.List;

/** sessionId is optional: the server assigns one when the client does not bring its own. */
public record ScheduleJointSessionRequest(
        String sessionId,
        Instant startsAt,
        Integer durationMinutes,
        String clinicianId,
        List<String> expectedParticipantIds) {
}
