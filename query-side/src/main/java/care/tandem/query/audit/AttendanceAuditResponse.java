package care.tandem.query.audit;

import care.tandem.events.plan.AbsenceReason;
import care.tandem.query.readmodel.AttendanceKind;

import java.time.Instant;
import java.util.List;

/** Every attendance fact of a plan, in the order the plan recorded them. */
public record AttendanceAuditResponse(String planId, List<Entry> entries) {

    static AttendanceAuditResponse from(AttendanceAuditDocument audit) {
        return new AttendanceAuditResponse(audit.id(), audit.entries().stream().map(Entry::from).toList());
    }

    /** JOINT entries name the attendees; SOLO entries the attending and absent partner and the absence reason. */
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

        static Entry from(AttendanceAuditDocument.Entry entry) {
            return new Entry(entry.sequenceNumber(), entry.sessionId(), entry.kind(), entry.attendees(),
                             entry.attendingPartner(), entry.absentPartner(), entry.absenceReason(),
                             entry.reasonDetail(), entry.recordedBy(), entry.recordedAt(), entry.actor(),
                             entry.correlationId(), entry.eventTimestamp());
        }
    }
}
