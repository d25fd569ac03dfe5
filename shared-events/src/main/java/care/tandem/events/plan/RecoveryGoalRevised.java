package care.tandem.events.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.GoalId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.privacy.PersonalData;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A recovery goal's wording was revised; the goal keeps its id. participantId is the member an INDIVIDUAL goal is for
 * (null for the unit's goal), so the text is sealed with their key; revision 1 named no one and sealed it with the
 * plan's.
 */
@Revision("2")
public record RecoveryGoalRevised(
        PlanId planId,
        GoalId goalId,
        ParticipantId participantId,
        @PersonalData(subject = {"participantId", "planId"})
        String description,
        ClinicianId revisedBy,
        Instant revisedAt) {
}
