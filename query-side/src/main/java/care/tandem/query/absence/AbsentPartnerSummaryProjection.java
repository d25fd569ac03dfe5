package care.tandem.query.absence;

import care.tandem.events.plan.JointAttendanceRecorded;
import care.tandem.events.plan.JointSessionScheduled;
import care.tandem.events.plan.SoloAttendanceRecorded;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.query.absence.AbsentPartnerSummaryDocument.Partner;
import care.tandem.query.absence.AbsentPartnerSummaryDocument.SessionSlot;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.List;

import static care.tandem.query.readmodel.ParticipantIds.values;

/** Keeps, per partner, the joint sessions they missed, in a row and in all, and the last one they attended. */
@Component
@ProcessingGroup(AbsentPartnerSummaryProjection.PROCESSING_GROUP)
public class AbsentPartnerSummaryProjection {

    public static final String PROCESSING_GROUP = "absent-partner-summary";

    private final AbsentPartnerSummaryDocuments summaries;

    AbsentPartnerSummaryProjection(AbsentPartnerSummaryDocuments summaries) {
        this.summaries = summaries;
    }

    @EventHandler
    void on(TreatmentPlanOpened event, @SequenceNumber long sequenceNumber) {
        List<Partner> partners = event.partners().stream()
                .map(partner -> Partner.withoutAttendance(partner.participantId().value(), partner.displayName()))
                .toList();
        summaries.apply(event.planId(), sequenceNumber, summary -> summary.withPartners(partners));
    }

    @EventHandler
    void on(JointSessionScheduled event, @SequenceNumber long sequenceNumber) {
        SessionSlot session = new SessionSlot(event.sessionId().value(), event.startsAt());
        summaries.apply(event.planId(), sequenceNumber, summary -> summary.withScheduledSession(session));
    }

    @EventHandler
    void on(JointAttendanceRecorded event, @SequenceNumber long sequenceNumber) {
        summaries.apply(event.planId(), sequenceNumber, summary -> summary
                .withJointSessionAttended(values(event.attendees()), event.sessionId().value()));
    }

    /** Attending alone still counts as attending the joint session, for the partner who came. */
    @EventHandler
    void on(SoloAttendanceRecorded event, @SequenceNumber long sequenceNumber) {
        summaries.apply(event.planId(), sequenceNumber, summary -> summary
                .withJointSessionAttended(List.of(event.attendingPartner().value()), event.sessionId().value())
                .withJointSessionMissed(event.absentPartner().value()));
    }

    @ResetHandler
    void forgetEverySummary() {
        summaries.deleteAll();
    }
}
