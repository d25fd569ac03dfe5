package care.tandem.infra.demo;

import care.tandem.command.api.MemberRequest;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.MemberRole;
import care.tandem.events.plan.UnitKind;

import java.time.DayOfWeek;
import java.util.List;

/**
 * One treatment plan of the demo program: its unit, the lane and weekdays it attends, the week it starts and
 * what it is there to show. Members carry obviously fictional display names; nothing but the command bodies
 * ever holds them.
 */
public record DemoPlan(
        String planId,
        UnitKind unitKind,
        LevelOfCare levelOfCare,
        List<MemberRequest> members,
        String primaryClinician,
        Lane lane,
        List<DayOfWeek> days,
        int startWeek,
        DemoRole role) {

    List<String> participantIds() {
        return members.stream().map(MemberRequest::participantId).toList();
    }

    boolean isCouple() {
        return unitKind == UnitKind.COUPLE;
    }

    /**
     * The two members seen one after the other on an individual day: both partners of a couple; in a family, the
     * member in treatment (the adolescent or the adult child) and the first parent.
     */
    List<String> individualPair() {
        if (isCouple()) {
            return participantIds();
        }
        String inTreatment = members.stream()
                .filter(member -> member.role() == MemberRole.ADOLESCENT
                        || member.role() == MemberRole.CHILD && !Boolean.TRUE.equals(member.minor()))
                .findFirst().orElseThrow().participantId();
        String parent = members.stream().filter(member -> member.role() == MemberRole.PARENT)
                .findFirst().orElseThrow().participantId();
        return List.of(inTreatment, parent);
    }
}
