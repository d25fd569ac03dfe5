package care.tandem.command.plan;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.LevelOfCareChanged;
import care.tandem.events.plan.Member;
import care.tandem.events.plan.MemberAdded;
import care.tandem.events.plan.MemberLeft;
import care.tandem.events.plan.MemberRole;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.events.plan.UnitKind;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Who is in the treatment unit and at which level of care: the members, their guardians, and the rules for who
 * may join and leave.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class Membership {

    private PlanId planId;
    private UnitKind unitKind;
    private Map<ParticipantId, Member> activeMembers;
    private LevelOfCare levelOfCare;

    /** For a snapshot's fields to be read back into. */
    private Membership() {
    }

    Membership(TreatmentPlanOpened opened) {
        planId = opened.planId();
        unitKind = opened.unitKind();
        activeMembers = new LinkedHashMap<>();
        opened.members().forEach(member -> activeMembers.put(member.participantId(), member));
        levelOfCare = opened.levelOfCare();
    }

    void add(AddMember command) {
        Member member = command.member();
        if (activeMembers.containsKey(member.participantId())) {
            throw new PlanRuleViolation("already-a-member",
                    "Participant " + member.participantId() + " is already a member of this plan");
        }
        if (unitKind == UnitKind.COUPLE) {
            throw new PlanRuleViolation("couple-has-two-partners",
                    "A couple's plan has exactly its two partners; open a family plan to treat more members");
        }
        requireAdultMembers(member.guardians(), "member.guardians");
        apply(new MemberAdded(planId, member, command.addedBy(), command.addedAt()));
    }

    /** A member may leave unless a minor would be left without a guardian, or the unit with fewer than two. */
    void requireMayLeave(ParticipantId leaving) {
        requireMembers(List.of(leaving), "participantId");
        boolean lastGuardianOfAMinor = activeMembers.values().stream()
                .filter(member -> member.guardians().contains(leaving))
                .anyMatch(minor -> minor.guardians().stream().filter(activeMembers::containsKey).count() == 1);
        if (lastGuardianOfAMinor) {
            throw new PlanRuleViolation("minor-needs-guardian",
                    "Participant " + leaving + " is the last guardian in this plan of a minor member");
        }
        if (activeMembers.size() == 2) {
            throw new PlanRuleViolation("unit-needs-two-members",
                    "A treatment unit keeps at least two members; discharge the plan instead");
        }
    }

    void changeLevelOfCare(ChangeLevelOfCare command) {
        if (command.newLevel() == levelOfCare) {
            throw new PlanRuleViolation("level-of-care-unchanged", "The plan is already at " + levelOfCare);
        }
        apply(new LevelOfCareChanged(planId, levelOfCare, command.newLevel(), command.reason(), command.changedBy(),
                command.changedAt()));
    }

    void requireMembers(Collection<ParticipantId> people, String field) {
        for (ParticipantId person : people) {
            if (!activeMembers.containsKey(person)) {
                throw new PlanRuleViolation("not-a-plan-member",
                        field + " names participant " + person + ", who is not a member of this plan");
            }
        }
    }

    private void requireAdultMembers(Collection<ParticipantId> guardians, String field) {
        requireMembers(guardians, field);
        for (ParticipantId guardian : guardians) {
            if (activeMembers.get(guardian).minor()) {
                throw new PlanRuleViolation("guardian-must-be-adult",
                        field + " names participant " + guardian + ", who is a minor");
            }
        }
    }

    void requireCouple() {
        if (partners().size() != 2) {
            throw new PlanRuleViolation("no-couple-in-plan", "This plan has no two active partners");
        }
    }

    Set<ParticipantId> partners() {
        return activeMembers.values().stream().filter(member -> member.role() == MemberRole.PARTNER)
                .map(Member::participantId).collect(Collectors.toSet());
    }

    Map<ParticipantId, Member> activeMembers() {
        return activeMembers;
    }

    @EventSourcingHandler
    void on(MemberAdded event) {
        activeMembers.put(event.member().participantId(), event.member());
    }

    @EventSourcingHandler
    void on(MemberLeft event) {
        activeMembers.remove(event.participantId());
    }

    @EventSourcingHandler
    void on(LevelOfCareChanged event) {
        levelOfCare = event.newLevel();
    }
}
