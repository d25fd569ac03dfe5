package care.tandem.events.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A clinician leaves a plan's care team: from now on they may no longer act on or read the plan. */
@Revision("1")
public record CareTeamMemberRemoved(
        PlanId planId,
        ClinicianId clinician,
        CareTeamLeaveReason reason,
        ClinicianId removedBy,
        Instant removedAt) {
}
