package care.tandem.events.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.GoalId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.privacy.PersonalData;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** participantId is set only for an INDIVIDUAL goal. The description is PHI. */
@Revision("1")
public record RecoveryGoalSet(
        PlanId planId,
        GoalId goalId,
        GoalScope scope,
        ParticipantId participantId,
        @PersonalData(subject = {"participantId", "planId"})
        String description,
        ClinicianId setBy,
        Instant setAt) {
}
