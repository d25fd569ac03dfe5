package care.tandem.query.absence;

import care.tandem.query.absence.OpenFollowUpsDocument.PartnerOpenItems;
import care.tandem.query.api.Page;
import care.tandem.query.api.PageRequest;

import java.util.List;

/**
 * Across the program, the plans with a missed joint session whose follow-up is still open or a participation concern
 * still active, in plan id order, per partner as each plan's absent-partner summary counts them;
 * {@code openFollowUps} and {@code activeParticipationConcerns} add up every plan's. Ids and counts only: no names.
 */
public record OpenFollowUpsResponse(int openFollowUps, int activeParticipationConcerns, Page<PlanOpenItems> plans) {

    static OpenFollowUpsResponse of(List<OpenFollowUpsDocument> plans, PageRequest page) {
        List<PartnerOpenItems> partners = plans.stream().flatMap(plan -> plan.partners().stream()).toList();
        return new OpenFollowUpsResponse(
                partners.stream().mapToInt(PartnerOpenItems::openFollowUps).sum(),
                partners.stream().mapToInt(PartnerOpenItems::activeParticipationConcerns).sum(),
                Page.of(plans.stream().map(plan -> new PlanOpenItems(plan.planId(), plan.partners())).toList(),
                        page));
    }

    public record PlanOpenItems(String planId, List<PartnerOpenItems> partners) {
    }
}
