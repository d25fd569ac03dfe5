package care.tandem.events.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** Discharge closes the plan: every later command is refused. */
@Revision("1")
public record TreatmentPlanDischarged(
        PlanId planId,
        List<AftercareReferral> aftercareReferrals,
        ClinicianId dischargedBy,
        Instant dischargedAt) {
}
