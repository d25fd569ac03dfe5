package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

import static care.tandem.command.plan.CommandChecks.required;

/** Every partner the joint session expected attended it. */
public record RecordJointAttendance(
        @TargetAggregateIdentifier PlanId planId,
        SessionId sessionId,
        ClinicianId recordedBy,
        Instant recordedAt) implements SessionCommand {

    public RecordJointAttendance {
        required(planId, "planId");
        required(sessionId, "sessionId");
        required(recordedBy, "recordedBy");
        required(recordedAt, "recordedAt");
    }

    @Override
    public SessionId concernedSession() {
        return sessionId;
    }
}
