package care.tandem.query.audit;

import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AdjustedFocus;
import care.tandem.events.plan.AttendanceStatus;
import care.tandem.events.plan.TherapistJudgement;
import care.tandem.query.audit.AttendanceAuditDocument.Entry;
import care.tandem.query.audit.AttendanceAuditDocument.Provenance;
import care.tandem.query.readmodel.AttendanceFact;
import care.tandem.query.readmodel.AttendanceKind;

import java.time.Instant;
import java.util.List;

import static care.tandem.query.testing.PlanFixtures.AVERY;
import static care.tandem.query.testing.PlanFixtures.CLINICIAN;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static care.tandem.query.testing.PlanFixtures.PLAN;
import static care.tandem.query.testing.PlanStream.correlationIdOf;

/**
 * Audit entries of {@link care.tandem.query.testing.PlanFixtures#PLAN} built by hand, each appended by the event store
 * at the minute of its sequence number (sequence 5 at 10:05), so that a replay's timelines can be set between them.
 */
final class AuditEntries {

    static final Instant DAY = Instant.parse("2026-03-20T10:00:00Z");

    private AuditEntries() {
    }

    static AttendanceAuditDocument audit(Entry... entries) {
        return new AttendanceAuditDocument(PLAN.value(), entries.length == 0 ? 0 : entries[entries.length - 1]
                .sequenceNumber(), List.of(AVERY.value(), JORDAN.value()), List.of(), List.of(entries));
    }

    static Instant appendedAt(long sequence) {
        return DAY.plusSeconds(60 * sequence);
    }

    static Entry joint(long sequence, String sessionId, Instant startsAt) {
        return entry(sequence, sessionId, startsAt, AttendanceKind.JOINT, List.of(AVERY.value(), JORDAN.value()),
                     null, null, List.of(fact(AVERY.value(), AttendanceStatus.ATTENDED),
                                         fact(JORDAN.value(), AttendanceStatus.ATTENDED)), null, null);
    }

    /** Avery came alone; Jordan was absent for OTHER reasons, with the detail given. */
    static Entry solo(long sequence, String sessionId, Instant startsAt, String detail) {
        return entry(sequence, sessionId, startsAt, AttendanceKind.SOLO, null, AbsenceReason.OTHER, detail,
                     List.of(fact(AVERY.value(), AttendanceStatus.ATTENDED),
                             new AttendanceFact(JORDAN.value(), AttendanceStatus.ABSENT, null, null,
                                                AbsenceReason.OTHER, null)), null, null);
    }

    static Entry correction(long sequence, String sessionId, Instant startsAt, AttendanceFact corrected,
                            String reason, long corrects) {
        return entry(sequence, sessionId, startsAt, AttendanceKind.CORRECTION, null, null, null, List.of(corrected),
                     reason, corrects);
    }

    static AttendanceFact fact(String participantId, AttendanceStatus status) {
        return new AttendanceFact(participantId, status, null, null, null, null);
    }

    private static Entry entry(long sequence, String sessionId, Instant startsAt, AttendanceKind kind,
                               List<String> attendees, AbsenceReason absenceReason, String detail,
                               List<AttendanceFact> attendance, String correctionReason, Long corrects) {
        boolean solo = kind == AttendanceKind.SOLO;
        return new Entry(sequence, sessionId, startsAt, kind, attendees, solo ? AVERY.value() : null,
                         solo ? JORDAN.value() : null, absenceReason, detail,
                         solo ? TherapistJudgement.ABSENCE_DOES_NOT_HINDER_PROGRESS : null,
                         solo ? AdjustedFocus.COMMUNICATION_SKILLS : null, attendance, correctionReason, corrects,
                         new Provenance(CLINICIAN.value(), appendedAt(sequence), "c-actor", correlationIdOf(sequence),
                                        appendedAt(sequence)));
    }
}
