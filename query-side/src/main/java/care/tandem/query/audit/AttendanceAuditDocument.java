package care.tandem.query.audit;

import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AdjustedFocus;
import care.tandem.events.plan.TherapistJudgement;
import care.tandem.query.readmodel.AttendanceFact;
import care.tandem.query.readmodel.AttendanceKind;
import care.tandem.query.readmodel.PlanDocument;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every attendance fact of a plan, corrections included, in the order the plan recorded them. */
public record AttendanceAuditDocument(
        @BsonId String id,
        long lastAppliedSequence,
        List<Entry> entries) implements PlanDocument<AttendanceAuditDocument> {

    static AttendanceAuditDocument empty(String planId) {
        return new AttendanceAuditDocument(planId, NOTHING_APPLIED, List.of());
    }

    @Override
    public AttendanceAuditDocument withLastAppliedSequence(long sequence) {
        return new AttendanceAuditDocument(id, sequence, entries);
    }

    AttendanceAuditDocument withEntry(Entry entry) {
        List<Entry> withEntry = new ArrayList<>(entries);
        withEntry.add(entry);
        return new AttendanceAuditDocument(id, lastAppliedSequence, withEntry);
    }

    /** The latest entry that recorded, or corrected, the participant's attendance of the session. */
    Optional<Entry> latestEntryAbout(String sessionId, String participantId) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry entry = entries.get(i);
            if (entry.sessionId().equals(sessionId) && entry.namesAttendanceOf(participantId)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /**
     * One attendance fact, as recorded. JOINT entries name the attendees; SOLO entries the attending and absent
     * partner, the absence reason and, for OTHER, its detail, and the therapist's judgement and adjusted focus (null on
     * facts recorded before those existed); PER_PARTICIPANT entries list every participant's {@code attendance};
     * CORRECTION entries list the one corrected participant's {@code attendance}, the reason, and the sequence number
     * of the entry they correct ({@code correctsSequenceNumber}, the latest earlier entry about that participant at
     * that session, itself possibly a correction).
     */
    public record Entry(
            long sequenceNumber,
            String sessionId,
            AttendanceKind kind,
            List<String> attendees,
            String attendingPartner,
            String absentPartner,
            AbsenceReason absenceReason,
            String reasonDetail,
            TherapistJudgement therapistJudgement,
            AdjustedFocus adjustedFocus,
            List<AttendanceFact> attendance,
            String correctionReason,
            Long correctsSequenceNumber,
            Provenance provenance) {

        private boolean namesAttendanceOf(String participantId) {
            return (attendees != null && attendees.contains(participantId))
                    || participantId.equals(attendingPartner)
                    || participantId.equals(absentPartner)
                    || (attendance != null
                        && attendance.stream().anyMatch(fact -> fact.participantId().equals(participantId)));
        }
    }

    /**
     * {@code recordedBy} and {@code recordedAt} come from the event (for a correction: who corrected it, and when),
     * {@code actor} and {@code correlationId} from its metadata, {@code eventTimestamp} from the message itself.
     */
    public record Provenance(String recordedBy, Instant recordedAt, String actor, String correlationId,
                             Instant eventTimestamp) {
    }
}
