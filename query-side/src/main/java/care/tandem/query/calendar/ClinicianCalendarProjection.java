package care.tandem.query.calendar;

import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.query.config.ClinicTime;
import care.tandem.query.readmodel.DocumentKey;
import care.tandem.query.readmodel.ScheduledSession;
import care.tandem.query.readmodel.SessionLifecycleProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps each clinician's sessions by clinic week across plans: for every plan, its sessions with each clinician in
 * each week (see {@link ClinicianWeekDocument}), derived from the plan's sessions kept beside them. A session's
 * clinician is the one it was scheduled with (a reschedule names who moved it, not a new clinician), so a reschedule
 * moves it between that clinician's weeks only. Other events of a plan change no session and are not handled.
 */
@Component
@ProcessingGroup(ClinicianCalendarProjection.PROCESSING_GROUP)
public class ClinicianCalendarProjection extends SessionLifecycleProjection<ScheduledSession> {

    public static final String PROCESSING_GROUP = "clinician-calendar";

    private final CalendarPlanDocuments plans;
    private final ClinicianWeekDocuments weeks;
    private final ClinicTime clinicTime;

    ClinicianCalendarProjection(CalendarPlanDocuments plans, ClinicianWeekDocuments weeks, ClinicTime clinicTime) {
        this.plans = plans;
        this.weeks = weeks;
        this.clinicTime = clinicTime;
    }

    @ResetHandler
    void forgetEveryCalendar() {
        weeks.deleteAll();
        plans.deleteAll();
    }

    @Override
    protected void scheduleSession(SessionScheduled event, long sequenceNumber) {
        changePlan(event.planId(), sequenceNumber, plan -> plan.withSession(ScheduledSession.of(event)));
    }

    @Override
    protected void changeSession(PlanId planId, long sequenceNumber, SessionId sessionId,
                                 UnaryOperator<ScheduledSession> change) {
        changePlan(planId, sequenceNumber, plan -> plan.withSessionChanged(sessionId.value(), change));
    }

    /**
     * Rewrites each clinician week the event changes whole, from the plan's sessions after it, then the plan; every
     * write is guarded by the event's sequence number. The plan goes last: should a write fail in between, the
     * redelivered event still finds where each session sat before it, and finishes the same writes.
     */
    private void changePlan(PlanId planId, long sequenceNumber, UnaryOperator<CalendarPlanDocument> change) {
        CalendarPlanDocument before = plans.find(planId)
                .orElseGet(() -> CalendarPlanDocument.empty(planId.value()));
        if (sequenceNumber <= before.lastAppliedSequence()) {
            return;
        }
        CalendarPlanDocument after = change.apply(before);
        for (DocumentKey week : weeksChanged(planId, before.sessions(), after.sessions())) {
            List<ScheduledSession> sessionsThatWeek = after.sessions().stream()
                    .filter(session -> weekOf(planId, session).equals(week))
                    .toList();
            weeks.apply(week, sequenceNumber, document -> document.withSessions(sessionsThatWeek));
        }
        plans.apply(planId, sequenceNumber, stored -> after);
    }

    /** The weeks of every session the event added, changed or moved: where it sat before, and where it sits now. */
    private Set<DocumentKey> weeksChanged(PlanId planId, List<ScheduledSession> before, List<ScheduledSession> after) {
        Set<ScheduledSession> unchanged = new HashSet<>(before);
        unchanged.retainAll(after);
        return Stream.concat(before.stream(), after.stream())
                .filter(session -> !unchanged.contains(session))
                .map(session -> weekOf(planId, session))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private DocumentKey weekOf(PlanId planId, ScheduledSession session) {
        return DocumentKey.of(session.clinician(), clinicTime.weekOf(session.startsAt()), planId);
    }
}
