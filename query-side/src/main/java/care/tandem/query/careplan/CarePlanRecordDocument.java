package care.tandem.query.careplan;

import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.UnitKind;
import care.tandem.query.readmodel.DocumentKey;
import care.tandem.query.readmodel.PlanDocument;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A plan as a record for other systems (the FHIR export): the unit with its members' names and guardians, the care
 * team over time and the recovery goals, keyed {@code plan/<planId>}. {@code dischargedAt} is null while open.
 */
public record CarePlanRecordDocument(
        @BsonId String id,
        long lastAppliedSequence,
        UnitKind unitKind,
        LevelOfCare levelOfCare,
        Instant openedAt,
        Instant dischargedAt,
        List<UnitMember> members,
        List<CareTeamMembership> careTeam,
        List<RecoveryGoal> goals) implements PlanDocument<CarePlanRecordDocument> {

    static CarePlanRecordDocument empty(String id) {
        return new CarePlanRecordDocument(id, NOTHING_APPLIED, null, null, null, null, List.of(), List.of(), List.of());
    }

    @Override
    public CarePlanRecordDocument withLastAppliedSequence(long sequence) {
        return new CarePlanRecordDocument(id, sequence, unitKind, levelOfCare, openedAt, dischargedAt, members,
                careTeam, goals);
    }

    public String planId() {
        return DocumentKey.parse(id).last();
    }

    /** Whether the plan was open at some time in [from, to). */
    public boolean openDuring(Instant from, Instant to) {
        return openedAt != null && openedAt.isBefore(to) && (dischargedAt == null || !dischargedAt.isBefore(from));
    }

    CarePlanRecordDocument opened(UnitKind kind, LevelOfCare level, Instant at, List<UnitMember> unit,
                                  String primaryClinician) {
        return new CarePlanRecordDocument(id, lastAppliedSequence, kind, level, at, dischargedAt, unit,
                List.of(new CareTeamMembership(primaryClinician, true, at, null)), goals);
    }

    CarePlanRecordDocument withLevelOfCare(LevelOfCare level) {
        return new CarePlanRecordDocument(id, lastAppliedSequence, unitKind, level, openedAt, dischargedAt, members,
                careTeam, goals);
    }

    /** One who rejoins is listed once, as they now are: a record of persons, not of their comings and goings. */
    CarePlanRecordDocument withMember(UnitMember member) {
        return withMembers(added(members.stream().filter(listed -> !listed.participantId()
                .equals(member.participantId())).toList(), member));
    }

    CarePlanRecordDocument withMemberLeft(String participantId, Instant at) {
        return withMembers(changed(members, member -> member.participantId().equals(participantId)
                && member.leftAt() == null, member -> member.leaving(at)));
    }

    private CarePlanRecordDocument withMembers(List<UnitMember> changed) {
        return new CarePlanRecordDocument(id, lastAppliedSequence, unitKind, levelOfCare, openedAt, dischargedAt,
                changed, careTeam, goals);
    }

    CarePlanRecordDocument withClinician(String clinicianId, Instant at) {
        return withCareTeam(added(careTeam, new CareTeamMembership(clinicianId, false, at, null)));
    }

    CarePlanRecordDocument withoutClinician(String clinicianId, Instant at) {
        return withCareTeam(changed(careTeam, membership -> membership.clinicianId().equals(clinicianId)
                && membership.isCurrent(), membership -> membership.ending(at)));
    }

    private CarePlanRecordDocument withCareTeam(List<CareTeamMembership> changed) {
        return new CarePlanRecordDocument(id, lastAppliedSequence, unitKind, levelOfCare, openedAt, dischargedAt,
                members, changed, goals);
    }

    CarePlanRecordDocument withGoal(RecoveryGoal goal) {
        return withGoals(added(goals, goal));
    }

    CarePlanRecordDocument withGoalRevised(String goalId, String description, Instant at) {
        return withGoals(changed(goals, goal -> goal.goalId().equals(goalId), goal -> goal.revised(description, at)));
    }

    private CarePlanRecordDocument withGoals(List<RecoveryGoal> changed) {
        return new CarePlanRecordDocument(id, lastAppliedSequence, unitKind, levelOfCare, openedAt, dischargedAt,
                members, careTeam, changed);
    }

    /** Discharge ends every care team membership still current. */
    CarePlanRecordDocument discharged(Instant at) {
        return new CarePlanRecordDocument(id, lastAppliedSequence, unitKind, levelOfCare, openedAt, at, members,
                changed(careTeam, CareTeamMembership::isCurrent, membership -> membership.ending(at)), goals);
    }

    private static <T> List<T> added(List<T> list, T element) {
        List<T> with = new ArrayList<>(list);
        with.add(element);
        return List.copyOf(with);
    }

    private static <T> List<T> changed(List<T> list, Predicate<T> which, UnaryOperator<T> change) {
        return list.stream().map(element -> which.test(element) ? change.apply(element) : element).toList();
    }
}
