package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.plan.JointSessionHandling;
import care.tandem.events.plan.PauseReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

import static care.tandem.command.plan.CommandChecks.required;

/**
 * Pauses couples therapy until a review. reviewDueAt is the start of the review day in the clinic's time
 * zone, worked out by the caller, so the plan never needs a calendar or a clock.
 */
public record PauseCouplesTherapy(
        @TargetAggregateIdentifier PlanId planId,
        PauseReason reason,
        LocalDate reviewOn,
        Instant reviewDueAt,
        JointSessionHandling jointSessionHandling,
        ClinicianId pausedBy,
        Instant pausedAt) {

    public PauseCouplesTherapy {
        required(planId, "planId");
        required(reason, "reason");
        required(reviewOn, "reviewOn");
        required(reviewDueAt, "reviewDueAt");
        required(jointSessionHandling, "jointSessionHandling");
        required(pausedBy, "pausedBy");
        required(pausedAt, "pausedAt");
        if (!reviewDueAt.isAfter(pausedAt)) {
            throw new InvalidCommandException("reviewOn", "must lie after the day of the pause");
        }
    }
}
