package care.tandem.events.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.GoalId;
import care.tandem.events.id.PlanId;
import care.tandem.events.privacy.PersonalData;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A recovery goal's wording was revised; the goal keeps its id. */
@Revision("1")
public record RecoveryGoalRevised(
        PlanId planId,
        GoalId goalId,
        @PersonalData(subject = "planId")
        String description,
        ClinicianId revisedBy,
        Instant revisedAt) {
}
