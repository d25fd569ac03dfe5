package care.tandem.command.api;

import care.tandem.events.plan.LocationMode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** sessionId is optional (the server assigns one); locationMode defaults to NOT_RECORDED. */
public record ScheduleJointSessionRequest(
        String sessionId,
        @Within(back = "P366D", ahead = "P731D") Instant startsAt,
        @Min(1) @Max(240) Integer durationMinutes,
        String clinicianId,
        @Size(max = 20) List<String> expectedParticipantIds,
        LocationMode locationMode) {
}
