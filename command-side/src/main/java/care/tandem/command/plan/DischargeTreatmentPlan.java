package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.plan.AftercareReferral;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

import static care.tandem.command.plan.CommandChecks.required;
import static care.tandem.command.plan.CommandChecks.requiredText;

/** Discharge with aftercare referrals closes the plan for good. */
public record DischargeTreatmentPlan(
        @TargetAggregateIdentifier PlanId planId,
        List<AftercareReferral> aftercareReferrals,
        ClinicianId dischargedBy,
        Instant dischargedAt) {

    public DischargeTreatmentPlan {
        required(planId, "planId");
        required(aftercareReferrals, "aftercareReferrals");
        aftercareReferrals = aftercareReferrals.stream()
                .map(referral -> new AftercareReferral(required(referral.kind(), "aftercareReferrals[].kind"),
                        requiredText(referral.description(), "aftercareReferrals[].description", 500)))
                .toList();
        required(dischargedBy, "dischargedBy");
        required(dischargedAt, "dischargedAt");
    }
}
