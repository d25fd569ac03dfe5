package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.plan.CareTeamLeaveReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

import static care.tandem.command.plan.CommandChecks.required;

public record RemoveCareTeamMember(
        @TargetAggregateIdentifier PlanId planId,
        ClinicianId clinician,
        CareTeamLeaveReason reason,
        ClinicianId removedBy,
        Instant removedAt) {

    public RemoveCareTeamMember {
        required(planId, "planId");
        required(clinician, "clinician");
        required(reason, "reason");
        required(removedBy, "removedBy");
        required(removedAt, "removedAt");
    }
}
