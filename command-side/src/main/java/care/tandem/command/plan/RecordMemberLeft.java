package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.plan.MemberLeaveReason;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

import static care.tandem.command.plan.CommandChecks.required;

public record RecordMemberLeft(
        @TargetAggregateIdentifier PlanId planId,
        ParticipantId participantId,
        MemberLeaveReason reason,
        ClinicianId recordedBy,
        Instant leftAt) {

    public RecordMemberLeft {
        required(planId, "planId");
        required(participantId, "participantId");
        required(reason, "reason");
        required(recordedBy, "recordedBy");
        required(leftAt, "leftAt");
    }
}
