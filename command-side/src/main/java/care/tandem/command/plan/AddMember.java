package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.plan.Member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

import static care.tandem.command.plan.CommandChecks.required;

/** A member joins the unit, e.g. a parent or a child of a family in treatment. */
public record AddMember(
        @TargetAggregateIdentifier PlanId planId,
        Member member,
        ClinicianId addedBy,
        Instant addedAt) {

    public AddMember {
        required(planId, "planId");
        member = MemberChecks.valid(member, "member");
        required(addedBy, "addedBy");
        required(addedAt, "addedAt");
    }
}
