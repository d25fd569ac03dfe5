package care.tandem.events.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A scheduled session moved to another time or length. */
@Revision("1")
public record SessionRescheduled(
        PlanId planId,
        SessionId sessionId,
        Instant startsAt,
        int durationMinutes,
        ClinicianId rescheduledBy,
        Instant rescheduledAt) {
}
