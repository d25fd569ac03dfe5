package care.tandem.query.absence;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.query.api.ParticipantNotFoundException;
import care.tandem.query.api.PlanNotFoundException;
import care.tandem.query.api.QueryApi;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping(QueryApi.PLAN_PATH)
class AbsentPartnerSummaryController {

    private final AbsentPartnerSummaryDocuments summaries;

    AbsentPartnerSummaryController(AbsentPartnerSummaryDocuments summaries) {
        this.summaries = summaries;
    }

    @Operation(summary = "Each partner's missed joint sessions and their follow-up")
    @GetMapping("/absent-partner-summary")
    AbsentPartnerSummaryResponse absentPartnerSummary(@PathVariable PlanId planId) {
        return AbsentPartnerSummaryResponse.from(summary(planId));
    }

    /** One partner's figures alone: what a clinician opens before talking with that partner. */
    @Operation(summary = "One partner's absent-partner summary")
    @GetMapping("/partners/{participantId}/absent-partner-summary")
    AbsentPartnerSummaryResponse absentPartnerSummary(@PathVariable PlanId planId,
                                                      @PathVariable ParticipantId participantId) {
        AbsentPartnerSummaryResponse summary = AbsentPartnerSummaryResponse.from(summary(planId));
        List<AbsentPartnerSummaryResponse.Partner> partner = summary.partners().stream()
                .filter(candidate -> candidate.participantId().equals(participantId.value()))
                .toList();
        if (partner.isEmpty()) {
            throw new ParticipantNotFoundException(planId, participantId,
                                                   AbsentPartnerSummaryProjection.PROCESSING_GROUP);
        }
        return new AbsentPartnerSummaryResponse(summary.planId(), partner);
    }

    private AbsentPartnerSummaryDocument summary(PlanId planId) {
        return summaries.find(planId).orElseThrow(
                () -> new PlanNotFoundException(planId, AbsentPartnerSummaryProjection.PROCESSING_GROUP));
    }
}
