package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.plan.PauseReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static care.tandem.command.plan.CommandChecks.required;

public record PauseCouplesTherapy(
        @TargetAggregateIdentifier PlanId planId,
        PauseReason reason,
        LocalDate reviewOn,
        ClinicianId pausedBy,
        Instant pausedAt) {

    public PauseCouplesTherapy {
        required(planId, "planId");
        required(reason, "reason");
        required(reviewOn, "reviewOn");
        required(pausedBy, "pausedBy");
        required(pausedAt, "pausedAt");
        if (reviewOn.isBefore(LocalDate.ofInstant(pausedAt, ZoneOffset.UTC))) {
            throw new InvalidCommandException("reviewOn", "must not be before the day of the pause");
        }
    }
}
