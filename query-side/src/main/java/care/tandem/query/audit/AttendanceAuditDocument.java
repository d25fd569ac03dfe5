package care.tandem.query.audit;

import care.tandem.events.plan.AbsenceReason;
import care.tandem.query.readmodel.AttendanceKind;
import care.tandem.query.readmodel.PlanDocument;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Every attendance fact of a plan, in the order the plan recorded them. */
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

    /**
     * One recorded attendance. JOINT entries name the attendees; SOLO entries the attending and absent partner, the
     * absence reason and, for OTHER, its detail. {@code recordedBy} and {@code recordedAt} come from the event,
     * {@code actor} and {@code correlationId} from its metadata, {@code eventTimestamp} from the message itself.
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
            String recordedBy,
            Instant recordedAt,
            String actor,
            String correlationId,
            Instant eventTimestamp) {
    }
}
