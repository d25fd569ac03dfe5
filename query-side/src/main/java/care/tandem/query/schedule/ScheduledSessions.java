package care.tandem.query.schedule;

import care.tandem.events.id.PlanId;
import care.tandem.query.readmodel.ScheduledSession;
import org.springframework.stereotype.Component;

import java.util.List;

/** A plan's sessions of every kind as its schedule holds them, for views outside the query API. */
@Component
public class ScheduledSessions {

    private final ScheduleDocuments schedules;

    ScheduledSessions(ScheduleDocuments schedules) {
        this.schedules = schedules;
    }

    /** Every session of the plan, as first scheduled, rescheduled, cancelled or held; none for an unknown plan. */
    public List<ScheduledSession> of(PlanId planId) {
        return schedules.find(planId).map(ScheduleDocument::sessions).orElse(List.of());
    }
}
