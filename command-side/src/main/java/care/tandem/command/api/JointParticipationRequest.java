package care.tandem.command.api;

import care.tandem.events.plan.JointParticipation;
import care.tandem.events.plan.JointParticipationReason;

public record JointParticipationRequest(JointParticipation expectation, JointParticipationReason reason) {
}
