package care.tandem.query.audit;

import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AdjustedFocus;
import care.tandem.events.plan.TherapistJudgement;
import care.tandem.query.readmodel.AttendanceFact;
import care.tandem.query.readmodel.AttendanceKind;

import java.time.Instant;
import java.util.List;

/** Every attendance fact of a plan, corrections included, in the order the plan recorded them. */
public record AttendanceAuditResponse(String planId, List<Entry> entries) {

    static AttendanceAuditResponse from(AttendanceAuditDocument audit) {
        return new AttendanceAuditResponse(audit.id(), audit.entries().stream().map(Entry::from).toList());
    }

    /**
     * JOINT entries name the attendees; SOLO entries the attending and absent partner, the absence reason (with its
     * detail for OTHER), the therapist's judgement and the adjusted focus (null on facts recorded before those
     * existed); PER_PARTICIPANT entries every participant's {@code attendance}; CORRECTION entries the corrected
     * participant's {@code attendance}, the reason, and the {@code sequenceNumber} of the entry they correct. For a
     * correction, {@code recordedBy} and {@code recordedAt} say who corrected it, and when.
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
            String recordedBy,
            Instant recordedAt,
            String actor,
            String correlationId,
            Instant eventTimestamp) {

        static Entry from(AttendanceAuditDocument.Entry entry) {
            AttendanceAuditDocument.Provenance provenance = entry.provenance();
            return new Entry(entry.sequenceNumber(), entry.sessionId(), entry.kind(), entry.attendees(),
                             entry.attendingPartner(), entry.absentPartner(), entry.absenceReason(),
                             entry.reasonDetail(), entry.therapistJudgement(), entry.adjustedFocus(),
                             entry.attendance(), entry.correctionReason(), entry.correctsSequenceNumber(),
                             provenance.recordedBy(), provenance.recordedAt(), provenance.actor(),
                             provenance.correlationId(), provenance.eventTimestamp());
        }
    }
}
