package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.plan.CareTeamJoinReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

import static care.tandem.command.plan.CommandChecks.required;

public record AddCareTeamMember(
        @TargetAggregateIdentifier PlanId planId,
        ClinicianId clinician,
        CareTeamJoinReason reason,
        ClinicianId addedBy,
        Instant addedAt) {

    public AddCareTeamMember {
        required(planId, "planId");
        required(clinician, "clinician");
        required(reason, "reason");
        required(addedBy, "addedBy");
        required(addedAt, "addedAt");
    }
}
