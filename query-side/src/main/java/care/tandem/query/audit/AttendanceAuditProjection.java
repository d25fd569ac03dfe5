package care.tandem.query.audit;

import care.tandem.events.EventMetadata;
import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.plan.AttendanceCorrected;
import care.tandem.events.plan.AttendanceRecorded;
import care.tandem.events.plan.JointAttendanceRecorded;
import care.tandem.events.plan.MemberAdded;
import care.tandem.events.plan.SessionRescheduled;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.events.plan.SoloAttendanceRecorded;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.query.audit.AttendanceAuditDocument.Entry;
import care.tandem.query.audit.AttendanceAuditDocument.Provenance;
import care.tandem.query.readmodel.AttendanceFact;
import care.tandem.query.readmodel.AttendanceKind;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import static care.tandem.query.readmodel.ParticipantIds.values;

/**
 * Keeps, per plan, every attendance fact and correction with who recorded it, when, on whose request, and when the
 * session started; and who ever belonged to the plan.
 */
@Component
@ProcessingGroup(AttendanceAuditProjection.PROCESSING_GROUP)
public class AttendanceAuditProjection {

    public static final String PROCESSING_GROUP = "attendance-audit";

    private final AttendanceAuditDocuments audits;

    AttendanceAuditProjection(AttendanceAuditDocuments audits) {
        this.audits = audits;
    }

    /** An opened plan has an empty audit trail rather than none, and its first members. */
    @EventHandler
    void on(TreatmentPlanOpened event, @SequenceNumber long sequenceNumber) {
        List<String> members = event.members().stream().map(member -> member.participantId().value()).toList();
        audits.apply(event.planId(), sequenceNumber, audit -> audit.withMembers(members));
    }

    @EventHandler
    void on(MemberAdded event, @SequenceNumber long sequenceNumber) {
        String joining = event.member().participantId().value();
        audits.apply(event.planId(), sequenceNumber, audit -> audit.withMembers(List.of(joining)));
    }

    @EventHandler
    void on(SessionScheduled event, @SequenceNumber long sequenceNumber) {
        audits.apply(event.planId(), sequenceNumber,
                     audit -> audit.withSessionStartingAt(event.sessionId().value(), event.startsAt()));
    }

    /** Attendance is recorded only while a session is still scheduled, so a fact's session start never moves on. */
    @EventHandler
    void on(SessionRescheduled event, @SequenceNumber long sequenceNumber) {
        audits.apply(event.planId(), sequenceNumber,
                     audit -> audit.withSessionStartingAt(event.sessionId().value(), event.startsAt()));
    }

    @EventHandler
    void on(JointAttendanceRecorded event, DomainEventMessage<?> message) {
        Provenance provenance = provenance(message, event.recordedBy(), event.recordedAt());
        String sessionId = event.sessionId().value();
        append(event.planId(), message, audit -> new Entry(
                message.getSequenceNumber(), sessionId, audit.startOf(sessionId), AttendanceKind.JOINT,
                values(event.attendees()), null, null, null, null, null, null, AttendanceFact.allOf(event), null,
                null, provenance));
    }

    @EventHandler
    void on(SoloAttendanceRecorded event, DomainEventMessage<?> message) {
        Provenance provenance = provenance(message, event.recordedBy(), event.recordedAt());
        String sessionId = event.sessionId().value();
        append(event.planId(), message, audit -> new Entry(
                message.getSequenceNumber(), sessionId, audit.startOf(sessionId), AttendanceKind.SOLO, null,
                event.attendingPartner().value(), event.absentPartner().value(), event.absenceReason(),
                event.reasonDetail(), event.therapistJudgement(), event.adjustedFocus(), AttendanceFact.allOf(event),
                null, null, provenance));
    }

    @EventHandler
    void on(AttendanceRecorded event, DomainEventMessage<?> message) {
        Provenance provenance = provenance(message, event.recordedBy(), event.recordedAt());
        String sessionId = event.sessionId().value();
        append(event.planId(), message, audit -> new Entry(
                message.getSequenceNumber(), sessionId, audit.startOf(sessionId), AttendanceKind.PER_PARTICIPANT,
                null, null, null, null, null, null, null, AttendanceFact.allOf(event), null, null, provenance));
    }

    /** A correction names the entry it corrects, so that both stand side by side in the audit. */
    @EventHandler
    void on(AttendanceCorrected event, DomainEventMessage<?> message) {
        Provenance provenance = provenance(message, event.correctedBy(), event.correctedAt());
        String sessionId = event.sessionId().value();
        AttendanceFact corrected = AttendanceFact.of(event.corrected());
        append(event.planId(), message, audit -> new Entry(
                message.getSequenceNumber(), sessionId, audit.startOf(sessionId), AttendanceKind.CORRECTION, null,
                null, null, null, null, null, null, List.of(corrected), event.correctionReason(),
                audit.latestEntryAbout(sessionId, corrected.participantId()).map(Entry::sequenceNumber).orElse(null),
                provenance));
    }

    @ResetHandler
    void forgetEveryAudit() {
        audits.deleteAll();
    }

    /** The entry is built from the stored audit, so that a correction can find the entry it corrects. */
    private void append(PlanId planId, DomainEventMessage<?> message, Function<AttendanceAuditDocument, Entry> entry) {
        audits.apply(planId, message.getSequenceNumber(), audit -> audit.withEntry(entry.apply(audit)));
    }

    private static Provenance provenance(DomainEventMessage<?> message, ClinicianId recordedBy, Instant recordedAt) {
        return new Provenance(recordedBy.value(), recordedAt, (String) message.getMetaData().get(EventMetadata.ACTOR),
                              (String) message.getMetaData().get(EventMetadata.CORRELATION_ID),
                              message.getTimestamp());
    }
}
