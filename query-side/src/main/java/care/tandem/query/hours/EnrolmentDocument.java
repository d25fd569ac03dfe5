package care.tandem.query.hours;

import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.MemberRole;
import care.tandem.query.readmodel.DocumentKey;
import care.tandem.query.readmodel.PlanDocument;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who a plan enrols and when: the directory the weekly hours read in full to find every participant enrolled in a
 * week, those with nothing recorded included. It holds no sessions, so it stays small (a few members and level
 * changes per plan). {@code dischargedAt} is null while the plan is open; a member's {@code leftAt} while they take
 * part; a member who rejoins has one enrolment per stay.
 */
public record EnrolmentDocument(
        @BsonId String id,
        long lastAppliedSequence,
        String primaryClinicianId,
        Instant openedAt,
        Instant dischargedAt,
        List<LevelChange> levelsOfCare,
        List<Enrolment> members) implements PlanDocument<EnrolmentDocument> {

    static EnrolmentDocument empty(String planId) {
        return new EnrolmentDocument(planId, NOTHING_APPLIED, null, null, null, List.of(), List.of());
    }

    @Override
    public EnrolmentDocument withLastAppliedSequence(long sequence) {
        return new EnrolmentDocument(id, sequence, primaryClinicianId, openedAt, dischargedAt, levelsOfCare, members);
    }

    EnrolmentDocument opened(String primaryClinician, Instant at, LevelOfCare level, List<Enrolment> founders) {
        return new EnrolmentDocument(id, lastAppliedSequence, primaryClinician, at, dischargedAt,
                                     List.of(new LevelChange(level, at)), founders);
    }

    EnrolmentDocument withMember(Enrolment member) {
        return withMembers(appended(members, member));
    }

    /** Ends the participant's current stay; a participant not taking part leaves nothing to end. */
    EnrolmentDocument withMemberLeft(String participantId, Instant at) {
        return withMembers(members.stream()
                                   .map(member -> member.participantId().equals(participantId)
                                           && member.leftAt() == null ? member.leaving(at) : member)
                                   .toList());
    }

    private EnrolmentDocument withMembers(List<Enrolment> changedMembers) {
        return new EnrolmentDocument(id, lastAppliedSequence, primaryClinicianId, openedAt, dischargedAt, levelsOfCare,
                                     changedMembers);
    }

    EnrolmentDocument withLevelOfCare(LevelOfCare level, Instant since) {
        return new EnrolmentDocument(id, lastAppliedSequence, primaryClinicianId, openedAt, dischargedAt,
                                     appended(levelsOfCare, new LevelChange(level, since)), members);
    }

    EnrolmentDocument discharged(Instant at) {
        return new EnrolmentDocument(id, lastAppliedSequence, primaryClinicianId, openedAt, at, levelsOfCare, members);
    }

    /** The plan's id: the last part of the document key. */
    String planId() {
        return DocumentKey.parse(id).last();
    }

    /** The level in force when the instant comes: the latest change made before it, else the level the plan opened at. */
    LevelOfCare levelOfCareBefore(Instant instant) {
        LevelOfCare level = levelsOfCare.isEmpty() ? null : levelsOfCare.get(0).level();
        for (LevelChange change : levelsOfCare) {
            if (change.since().isBefore(instant)) {
                level = change.level();
            }
        }
        return level;
    }

    private static <T> List<T> appended(List<T> list, T element) {
        List<T> withElement = new ArrayList<>(list);
        withElement.add(element);
        return withElement;
    }

    public record LevelChange(LevelOfCare level, Instant since) {
    }

    /** One stay of a member in the plan: no display name, which is PHI. */
    public record Enrolment(String participantId, MemberRole role, boolean minor, Instant joinedAt, Instant leftAt) {

        Enrolment leaving(Instant at) {
            return new Enrolment(participantId, role, minor, joinedAt, at);
        }
    }
}
