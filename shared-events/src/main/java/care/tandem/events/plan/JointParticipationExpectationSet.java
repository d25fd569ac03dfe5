package care.tandem.events.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** reason is set only when joint participation is STRONGLY_ENCOURAGED. */
@Revision("1")
public record JointParticipationExpectationSet(
        PlanId planId,
        JointParticipation expectation,
        JointParticipationReason reason,
        ClinicianId setBy,
        Instant setAt) {
}
