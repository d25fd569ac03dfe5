package care.tandem.query.directory;

import care.tandem.events.plan.CouplesTherapyDiscontinued;
import care.tandem.events.plan.CouplesTherapyPaused;
import care.tandem.events.plan.CouplesTherapyResumed;
import care.tandem.events.plan.LevelOfCareChanged;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.events.plan.TreatmentPlanDischarged;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.query.directory.PlanDirectoryDocument.CouplesTherapyPause;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Keeps the directory of plans: what each is, who treats it, and when couples therapy was paused. */
@Component
@ProcessingGroup(PlanDirectoryProjection.PROCESSING_GROUP)
public class PlanDirectoryProjection {

    public static final String PROCESSING_GROUP = "plan-directory";

    private final PlanDirectory directory;

    PlanDirectoryProjection(PlanDirectory directory) {
        this.directory = directory;
    }

    @EventHandler
    void on(TreatmentPlanOpened event, @SequenceNumber long sequenceNumber) {
        directory.apply(event.planId(), sequenceNumber, plan -> plan.opened(
                event.unitKind(), event.primaryClinician().value(), event.levelOfCare(), event.openedAt()));
    }

    @EventHandler
    void on(LevelOfCareChanged event, @SequenceNumber long sequenceNumber) {
        directory.apply(event.planId(), sequenceNumber, plan -> plan.withLevelOfCare(event.newLevel()));
    }

    /** A clinician who runs a session of the plan has it in their calendar, so they belong in the directory too. */
    @EventHandler
    void on(SessionScheduled event, @SequenceNumber long sequenceNumber) {
        directory.apply(event.planId(), sequenceNumber,
                        plan -> plan.withSessionClinician(event.clinician().value()));
    }

    @EventHandler
    void on(CouplesTherapyPaused event, @SequenceNumber long sequenceNumber) {
        directory.apply(event.planId(), sequenceNumber,
                        plan -> plan.withPause(new CouplesTherapyPause(event.reason(), event.pausedAt(), null)));
    }

    @EventHandler
    void on(CouplesTherapyResumed event, @SequenceNumber long sequenceNumber) {
        directory.apply(event.planId(), sequenceNumber, plan -> plan.withPauseEnded(event.resumedAt()));
    }

    @EventHandler
    void on(CouplesTherapyDiscontinued event, @SequenceNumber long sequenceNumber) {
        directory.apply(event.planId(), sequenceNumber, plan -> plan.withPauseEnded(event.discontinuedAt()));
    }

    @EventHandler
    void on(TreatmentPlanDischarged event, @SequenceNumber long sequenceNumber) {
        directory.apply(event.planId(), sequenceNumber, plan -> plan.discharged(event.dischargedAt()));
    }

    @ResetHandler
    void forgetEveryPlan() {
        directory.deleteAll();
    }
}
