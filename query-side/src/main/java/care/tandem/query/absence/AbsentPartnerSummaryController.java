package care.tandem.query.absence;

import care.tandem.events.id.PlanId;
import care.tandem.query.api.PlanNotFoundException;
import care.tandem.query.api.QueryApi;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(QueryApi.PLAN_PATH)
class AbsentPartnerSummaryController {

    private final AbsentPartnerSummaryDocuments summaries;

    AbsentPartnerSummaryController(AbsentPartnerSummaryDocuments summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/absent-partner-summary")
    AbsentPartnerSummaryResponse absentPartnerSummary(@PathVariable PlanId planId) {
        return summaries.find(planId)
                .map(AbsentPartnerSummaryResponse::from)
                .orElseThrow(() -> new PlanNotFoundException(planId,
                                                             AbsentPartnerSummaryProjection.PROCESSING_GROUP));
    }
}
