package care.tandem.query.directory;

import care.tandem.events.id.PlanId;
import care.tandem.query.api.Page;
import care.tandem.query.api.PageRequest;
import care.tandem.query.api.PlanNotFoundException;
import care.tandem.query.api.QueryApi;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.TreeSet;

@RestController
class PlanDirectoryController {

    private final PlanDirectory directory;

    PlanDirectoryController(PlanDirectory directory) {
        this.directory = directory;
    }

    /** Every plan, open or discharged, in plan id order. */
    @GetMapping("/api/treatment-plans")
    Page<PlanEntry> plans(PageRequest page) {
        return Page.of(directory.everyPlan().stream().map(PlanEntry::from).toList(), page);
    }

    @GetMapping(QueryApi.PLAN_PATH)
    PlanEntry plan(@PathVariable PlanId planId) {
        return directory.find(planId).map(PlanEntry::from)
                .orElseThrow(() -> new PlanNotFoundException(planId, PlanDirectoryProjection.PROCESSING_GROUP));
    }

    @GetMapping("/api/clinicians")
    CliniciansResponse clinicians() {
        TreeSet<String> clinicians = new TreeSet<>();
        directory.everyPlan().forEach(plan -> clinicians.addAll(plan.clinicianIds()));
        return new CliniciansResponse(List.copyOf(clinicians));
    }
}
