package care.tandem.query.schedule;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.query.api.ParticipantNotFoundException;
import care.tandem.query.api.Period;
import care.tandem.query.api.PlanNotFoundException;
import care.tandem.query.api.QueryApi;
import care.tandem.query.config.LevelOfCareMinimums;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(QueryApi.PLAN_PATH)
class ScheduleController {

    private final ScheduleDocuments schedules;
    private final LevelOfCareMinimums minimums;

    ScheduleController(ScheduleDocuments schedules, LevelOfCareMinimums minimums) {
        this.schedules = schedules;
        this.minimums = minimums;
    }

    @Operation(summary = "A plan's sessions, members, level of care and couples-therapy status")
    @GetMapping("/schedule")
    ScheduleResponse schedule(@PathVariable PlanId planId, Period period) {
        return ScheduleResponse.from(scheduleOf(planId), minimums, period);
    }

    @Operation(summary = "One participant's sessions, with their own attendance only")
    @GetMapping("/participants/{participantId}/schedule")
    ParticipantScheduleResponse participantSchedule(@PathVariable PlanId planId,
                                                    @PathVariable ParticipantId participantId, Period period) {
        ScheduleDocument schedule = scheduleOf(planId);
        if (!schedule.hasMember(participantId.value())) {
            throw new ParticipantNotFoundException(planId, participantId, ScheduleProjection.PROCESSING_GROUP);
        }
        return ParticipantScheduleResponse.from(schedule, participantId.value(), period);
    }

    private ScheduleDocument scheduleOf(PlanId planId) {
        return schedules.find(planId)
                .orElseThrow(() -> new PlanNotFoundException(planId, ScheduleProjection.PROCESSING_GROUP));
    }
}
