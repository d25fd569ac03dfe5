package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

import static care.tandem.command.plan.CommandChecks.required;

public record RescheduleSession(
        @TargetAggregateIdentifier PlanId planId,
        SessionId sessionId,
        Instant startsAt,
        int durationMinutes,
        ClinicianId rescheduledBy,
        Instant rescheduledAt) implements SessionCommand {

    public RescheduleSession {
        required(planId, "planId");
        required(sessionId, "sessionId");
        required(startsAt, "startsAt");
        SessionChecks.duration(durationMinutes);
        required(rescheduledBy, "rescheduledBy");
        required(rescheduledAt, "rescheduledAt");
    }

    @Override
    public SessionId concernedSession() {
        return sessionId;
    }
}
