package care.tandem.query.schedule;

import care.tandem.events.id.PlanId;
import care.tandem.query.api.PlanNotFoundException;
import care.tandem.query.api.QueryApi;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(QueryApi.PLAN_PATH)
class ScheduleController {

    private final ScheduleDocuments schedules;

    ScheduleController(ScheduleDocuments schedules) {
        this.schedules = schedules;
    }

    @GetMapping("/schedule")
    ScheduleResponse schedule(@PathVariable PlanId planId) {
        return schedules.find(planId)
                .map(ScheduleResponse::from)
                .orElseThrow(() -> new PlanNotFoundException(planId, ScheduleProjection.PROCESSING_GROUP));
    }
}
