package care.tandem.query.audit;

import care.tandem.events.EventMetadata;
import care.tandem.events.plan.JointAttendanceRecorded;
import care.tandem.events.plan.SoloAttendanceRecorded;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.query.audit.AttendanceAuditDocument.Entry;
import care.tandem.query.readmodel.AttendanceKind;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.function.UnaryOperator;

import static care.tandem.query.readmodel.ParticipantIds.values;

/** Keeps, per plan, every attendance fact with who recorded it, when, and on whose request. */
@Component
@ProcessingGroup(AttendanceAuditProjection.PROCESSING_GROUP)
public class AttendanceAuditProjection {

    public static final String PROCESSING_GROUP = "attendance-audit";

    private final AttendanceAuditDocuments audits;

    AttendanceAuditProjection(AttendanceAuditDocuments audits) {
        this.audits = audits;
    }

    /** An opened plan has an empty audit trail rather than none. */
    @EventHandler
    void on(TreatmentPlanOpened event, @SequenceNumber long sequenceNumber) {
        audits.apply(event.planId(), sequenceNumber, UnaryOperator.identity());
    }

    @EventHandler
    void on(JointAttendanceRecorded event,
            @SequenceNumber long sequenceNumber,
            @Timestamp Instant eventTimestamp,
            @MetaDataValue(EventMetadata.ACTOR) String actor,
            @MetaDataValue(EventMetadata.CORRELATION_ID) String correlationId) {
        Entry entry = new Entry(sequenceNumber, event.sessionId().value(), AttendanceKind.JOINT,
                                values(event.attendees()), null, null, null, null,
                                event.recordedBy().value(), event.recordedAt(), actor, correlationId,
                                eventTimestamp);
        audits.apply(event.planId(), sequenceNumber, audit -> audit.withEntry(entry));
    }

    @EventHandler
    void on(SoloAttendanceRecorded event,
            @SequenceNumber long sequenceNumber,
            @Timestamp Instant eventTimestamp,
            @MetaDataValue(EventMetadata.ACTOR) String actor,
            @MetaDataValue(EventMetadata.CORRELATION_ID) String correlationId) {
        Entry entry = new Entry(sequenceNumber, event.sessionId().value(), AttendanceKind.SOLO, null,
                                event.attendingPartner().value(), event.absentPartner().value(),
                                event.absenceReason(), event.reasonDetail(),
                                event.recordedBy().value(), event.recordedAt(), actor, correlationId,
                                eventTimestamp);
        audits.apply(event.planId(), sequenceNumber, audit -> audit.withEntry(entry));
    }

    @ResetHandler
    void forgetEveryAudit() {
        audits.deleteAll();
    }
}
