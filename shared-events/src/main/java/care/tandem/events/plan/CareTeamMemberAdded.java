package care.tandem.events.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A clinician joins a plan's care team: from now on they may act on and read the plan. */
@Revision("1")
public record CareTeamMemberAdded(
        PlanId planId,
        ClinicianId clinician,
        CareTeamJoinReason reason,
        ClinicianId addedBy,
        Instant addedAt) {
}
