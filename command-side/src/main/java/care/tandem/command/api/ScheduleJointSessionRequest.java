package care.tandem.command.api;

import care.tandem.events.plan.LocationMode;

import java.time.Instant;
import java.util.List;

/** sessionId is optional (the server assigns one); locationMode defaults to NOT_RECORDED. */
public record ScheduleJointSessionRequest(
        String sessionId,
        Instant startsAt,
        Integer durationMinutes,
        String clinicianId,
        List<String> expectedParticipantIds,
        LocationMode locationMode) {
}
