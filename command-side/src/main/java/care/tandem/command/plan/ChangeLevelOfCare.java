package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.LevelOfCareChangeReason;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

import static care.tandem.command.plan.CommandChecks.required;

public record ChangeLevelOfCare(
        @TargetAggregateIdentifier PlanId planId,
        LevelOfCare newLevel,
        LevelOfCareChangeReason reason,
        ClinicianId changedBy,
        Instant changedAt) {

    public ChangeLevelOfCare {
        required(planId, "planId");
        required(newLevel, "newLevel");
        required(reason, "reason");
        required(changedBy, "changedBy");
        required(changedAt, "changedAt");
    }
}
