package care.tandem.query.audit;

import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AdjustedFocus;
import care.tandem.events.plan.TherapistJudgement;
import care.tandem.query.api.Page;
import care.tandem.query.api.PageRequest;
import care.tandem.query.readmodel.AttendanceFact;
import care.tandem.query.readmodel.AttendanceKind;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One page of a plan's attendance facts, corrections included, in the order the plan recorded them: every fact, or
 * those that name one participant ({@code participantId}, null for the whole plan), each narrowed to what concerns
 * that participant. {@code totalItems} counts the entries on every page.
 */
public record AttendanceAuditResponse(
        String planId,
        String participantId,
        List<Entry> entries,
        int page,
        int size,
        long totalItems,
        int totalPages) {

    static AttendanceAuditResponse ofPlan(AttendanceAuditDocument audit, PageRequest request) {
        return paged(audit.id(), null, Entry.allOf(audit.entries()), request);
    }

    static AttendanceAuditResponse ofParticipant(AttendanceAuditDocument audit, String participantId,
                                                 PageRequest request) {
        List<AttendanceAuditDocument.Entry> aboutParticipant = audit.entries().stream()
                .filter(entry -> entry.namesAttendanceOf(participantId))
                .map(entry -> entry.about(participantId))
                .toList();
        return paged(audit.id(), participantId, Entry.allOf(aboutParticipant), request);
    }

    private static AttendanceAuditResponse paged(String planId, String participantId, List<Entry> entries,
                                                 PageRequest request) {
        Page<Entry> page = Page.of(entries, request);
        return new AttendanceAuditResponse(planId, participantId, page.items(), page.page(), page.size(),
                                           page.totalItems(), page.totalPages());
    }

    /**
     * {@code attendance} states each named participant's attendance as the entry recorded it; {@code sessionStartsAt}
     * is when the session started, as scheduled or rescheduled when the fact was recorded. JOINT entries also name the
     * attendees; SOLO entries the attending and absent partner, the absence reason (with its detail for OTHER), the
     * therapist's judgement and the adjusted focus (null on facts recorded before those existed); CORRECTION entries
     * the reason and the {@code sequenceNumber} of the entry they correct. {@code correctedBy} lists the sequence
     * numbers of the later corrections of this entry, among the entries listed. For a correction, {@code recordedBy}
     * and {@code recordedAt} say who corrected it, and when; {@code eventTimestamp} is when the event store appended
     * the fact.
     */
    public record Entry(
            long sequenceNumber,
            String sessionId,
            Instant sessionStartsAt,
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
            List<Long> correctedBy,
            String recordedBy,
            Instant recordedAt,
            String actor,
            String correlationId,
            Instant eventTimestamp) {

        /** The entries in their order, each naming the corrections of it that are among them. */
        public static List<Entry> allOf(List<AttendanceAuditDocument.Entry> entries) {
            return entries.stream().map(entry -> from(entry, correctionsOf(entry, entries))).toList();
        }

        private static List<Long> correctionsOf(AttendanceAuditDocument.Entry corrected,
                                                List<AttendanceAuditDocument.Entry> entries) {
            return entries.stream()
                    .filter(entry -> Objects.equals(entry.correctsSequenceNumber(), corrected.sequenceNumber()))
                    .map(AttendanceAuditDocument.Entry::sequenceNumber)
                    .toList();
        }

        private static Entry from(AttendanceAuditDocument.Entry entry, List<Long> correctedBy) {
            AttendanceAuditDocument.Provenance provenance = entry.provenance();
            return new Entry(entry.sequenceNumber(), entry.sessionId(), entry.sessionStartsAt(), entry.kind(),
                             entry.attendees(), entry.attendingPartner(), entry.absentPartner(),
                             entry.absenceReason(), entry.reasonDetail(), entry.therapistJudgement(),
                             entry.adjustedFocus(), entry.attendance(), entry.correctionReason(),
                             entry.correctsSequenceNumber(), correctedBy, provenance.recordedBy(),
                             provenance.recordedAt(), provenance.actor(), provenance.correlationId(),
                             provenance.eventTimestamp());
        }
    }
}
