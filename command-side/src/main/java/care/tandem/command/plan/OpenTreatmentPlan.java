package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.Member;
import care.tandem.events.plan.MemberRole;
import care.tandem.events.plan.UnitKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static care.tandem.command.plan.CommandChecks.distinct;
import static care.tandem.command.plan.CommandChecks.required;

/**
 * Opens a couple's plan (exactly two adult partners) or a family's (two or more members, minors with
 * guardians who are adult members of the same plan).
 */
public record OpenTreatmentPlan(
        @TargetAggregateIdentifier PlanId planId,
        UnitKind unitKind,
        List<Member> members,
        ClinicianId primaryClinician,
        LevelOfCare levelOfCare,
        Instant openedAt) {

    public OpenTreatmentPlan {
        required(planId, "planId");
        required(unitKind, "unitKind");
        required(members, "members");
        List<Member> checked = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            checked.add(MemberChecks.valid(members.get(i), "members[" + i + "]"));
        }
        members = List.copyOf(checked);
        distinct(members.stream().map(Member::participantId).toList(), "members");
        if (members.size() < 2) {
            throw new InvalidCommandException("members", "a treatment unit has at least two members");
        }
        if (unitKind == UnitKind.COUPLE && (members.size() != 2
                || members.stream().anyMatch(m -> m.role() != MemberRole.PARTNER || m.minor()))) {
            throw new InvalidCommandException("members", "a couple's plan has exactly two adult PARTNER members");
        }
        Set<ParticipantId> adults = members.stream().filter(m -> !m.minor()).map(Member::participantId)
                .collect(Collectors.toSet());
        for (int i = 0; i < members.size(); i++) {
            if (!adults.containsAll(members.get(i).guardians())) {
                throw new InvalidCommandException("members[" + i + "].guardians",
                        "a minor's guardians must be adult members of the same plan");
            }
        }
        required(primaryClinician, "primaryClinicianId");
        required(levelOfCare, "levelOfCare");
        required(openedAt, "openedAt");
    }
}
