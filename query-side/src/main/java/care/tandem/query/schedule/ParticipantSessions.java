package care.tandem.query.schedule;

import care.tandem.events.id.PlanId;
import care.tandem.query.readmodel.PlanSession;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/** A participant's own sessions in their plans, from the plans' schedules, for views outside the query API. */
@Component
public class ParticipantSessions {

    private final ScheduleDocuments schedules;

    ParticipantSessions(ScheduleDocuments schedules) {
        this.schedules = schedules;
    }

    /** The sessions of the plans that expect the participant, as each plan's schedule holds them. */
    public List<PlanSession> of(String participantId, Collection<String> planIds) {
        return planIds.stream()
                .flatMap(planId -> schedules.find(PlanId.of(planId)).stream())
                .flatMap(schedule -> schedule.sessions().stream()
                        .filter(session -> session.includes(participantId))
                        .map(session -> new PlanSession(schedule.id(), session)))
                .toList();
    }
}
