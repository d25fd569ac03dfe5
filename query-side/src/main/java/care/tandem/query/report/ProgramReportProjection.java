package care.tandem.query.report;

import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.CouplesTherapyDiscontinued;
import care.tandem.events.plan.CouplesTherapyPaused;
import care.tandem.events.plan.CouplesTherapyResumed;
import care.tandem.events.plan.MakeupSessionAttended;
import care.tandem.events.plan.MakeupSessionDeclined;
import care.tandem.events.plan.MakeupSessionOffered;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.events.plan.TreatmentPlanDischarged;
import care.tandem.query.config.ClinicTime;
import care.tandem.query.readmodel.PlanShares;
import care.tandem.query.readmodel.SessionLifecycleProjection;
import care.tandem.query.readmodel.TrackedSession;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * Keeps each plan's sessions, pauses and makeup offers, and from them the plan's share of the program report per
 * week and clinician; also the pause in force in each plan, whose time so far is added when the report is asked for.
 * Holds no names and no participant ids beyond the plan's own state document.
 */
@Component
@ProcessingGroup(ProgramReportProjection.PROCESSING_GROUP)
public class ProgramReportProjection extends SessionLifecycleProjection<TrackedSession> {

    public static final String PROCESSING_GROUP = "program-report";

    private final PlanShares<ReportPlanDocument, ProgramFigures, ReportShareDocument> plans;
    private final OngoingPauses ongoingPauses;

    ProgramReportProjection(ReportPlans plans, ReportShares shares, OngoingPauses ongoingPauses,
                            ClinicTime clinicTime) {
        this.plans = new PlanShares<>(plans, shares, plan -> plan.shares(clinicTime),
                                      ReportShareDocument::of, ProgramFigures.NONE);
        this.ongoingPauses = ongoingPauses;
    }

    @EventHandler
    void on(CouplesTherapyPaused event, @SequenceNumber long sequenceNumber) {
        Pause pause = new Pause(event.reason(), event.pausedBy().value(), event.pausedAt(), null);
        plans.apply(event.planId(), sequenceNumber, plan -> plan.withPause(pause));
        ongoingPauses.apply(event.planId(), sequenceNumber, ongoing -> ongoing.with(pause));
    }

    @EventHandler
    void on(CouplesTherapyResumed event, @SequenceNumber long sequenceNumber) {
        endPause(event.planId(), sequenceNumber, event.resumedAt());
    }

    @EventHandler
    void on(CouplesTherapyDiscontinued event, @SequenceNumber long sequenceNumber) {
        endPause(event.planId(), sequenceNumber, event.discontinuedAt());
    }

    @EventHandler
    void on(TreatmentPlanDischarged event, @SequenceNumber long sequenceNumber) {
        endPause(event.planId(), sequenceNumber, event.dischargedAt());
    }

    @EventHandler
    void on(MakeupSessionOffered event, @SequenceNumber long sequenceNumber) {
        Makeup offer = new Makeup(event.missedSessionId().value(), event.offeredBy().value(), event.offeredAt(),
                                  false, false);
        plans.apply(event.planId(), sequenceNumber, plan -> plan.withMakeup(offer));
    }

    @EventHandler
    void on(MakeupSessionDeclined event, @SequenceNumber long sequenceNumber) {
        plans.apply(event.planId(), sequenceNumber,
                    plan -> plan.withMakeupChanged(event.missedSessionId().value(), Makeup::declinedNow));
    }

    @EventHandler
    void on(MakeupSessionAttended event, @SequenceNumber long sequenceNumber) {
        plans.apply(event.planId(), sequenceNumber,
                    plan -> plan.withMakeupChanged(event.missedSessionId().value(), Makeup::attendedNow));
    }

    @ResetHandler
    void forgetEveryReport() {
        plans.deleteAll();
        ongoingPauses.deleteAll();
    }

    /**
     * The shares first, then the ongoing pause: after a crash between the two, the ended pause counts twice until
     * the redelivered event clears the ongoing one.
     */
    private void endPause(PlanId planId, long sequenceNumber, Instant at) {
        plans.apply(planId, sequenceNumber, plan -> plan.withPauseEnded(at));
        ongoingPauses.apply(planId, sequenceNumber, ongoing -> ongoing.with(null));
    }

    @Override
    protected void scheduleSession(SessionScheduled event, long sequenceNumber) {
        plans.apply(event.planId(), sequenceNumber, plan -> plan.withSession(TrackedSession.of(event)));
    }

    @Override
    protected void changeSession(PlanId planId, long sequenceNumber, SessionId sessionId,
                                 UnaryOperator<TrackedSession> change) {
        plans.apply(planId, sequenceNumber, plan -> plan.withSessionChanged(sessionId.value(), change));
    }
}
