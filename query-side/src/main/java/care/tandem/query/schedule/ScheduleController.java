package care.tandem.query.schedule;

import care.tandem.events.id.PlanId;
import care.tandem.query.api.PlanNotFoundException;
import care.tandem.query.api.QueryApi;
import care.tandem.query.config.LevelOfCareMinimums;
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

    @GetMapping("/schedule")
    ScheduleResponse schedule(@PathVariable PlanId planId) {
        return schedules.find(planId)
                .map(schedule -> ScheduleResponse.from(schedule, minimums))
                .orElseThrow(() -> new PlanNotFoundException(planId, ScheduleProjection.PROCESSING_GROUP));
    }
}
