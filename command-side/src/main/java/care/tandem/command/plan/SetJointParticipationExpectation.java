package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.plan.JointParticipation;
import care.tandem.events.plan.JointParticipationReason;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

import static care.tandem.command.plan.CommandChecks.required;

public record SetJointParticipationExpectation(
        @TargetAggregateIdentifier PlanId planId,
        JointParticipation expectation,
        JointParticipationReason reason,
        ClinicianId setBy,
        Instant setAt) {

    public SetJointParticipationExpectation {
        required(planId, "planId");
        required(expectation, "expectation");
        if (expectation == JointParticipation.STRONGLY_ENCOURAGED && reason == null) {
            throw new InvalidCommandException("reason", "is required when joint participation is STRONGLY_ENCOURAGED");
        }
        if (expectation == JointParticipation.VOLUNTARY && reason != null) {
            throw new InvalidCommandException("reason",
                    "is only recorded when joint participation is STRONGLY_ENCOURAGED");
        }
        required(setBy, "setBy");
        required(setAt, "setAt");
    }
}
