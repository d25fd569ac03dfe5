package care.tandem.query.directory;

import care.tandem.events.id.PlanId;
import care.tandem.query.access.VisiblePlans;
import care.tandem.query.api.Page;
import care.tandem.query.api.PageRequest;
import care.tandem.query.api.PlanNotFoundException;
import care.tandem.query.api.QueryApi;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

@RestController
class PlanDirectoryController {

    private final PlanDirectory directory;
    private final VisiblePlans visiblePlans;

    PlanDirectoryController(PlanDirectory directory, VisiblePlans visiblePlans) {
        this.directory = directory;
        this.visiblePlans = visiblePlans;
    }

    /** Every plan the caller may see, open or discharged, in plan id order. */
    @Operation(summary = "Every plan: unit, primary clinician, level of care, pauses; no names")
    @GetMapping("/api/treatment-plans")
    Page<PlanEntry> plans(PageRequest page) {
        Predicate<String> visible = visiblePlans.toCaller();
        return Page.of(directory.everyPlan().stream().filter(plan -> visible.test(plan.planId()))
                .map(PlanEntry::from).toList(), page);
    }

    @Operation(summary = "One plan's unit, primary clinician, level of care, opening, discharge and pauses")
    @GetMapping(QueryApi.PLAN_PATH)
    PlanEntry plan(@PathVariable PlanId planId) {
        return directory.find(planId).map(PlanEntry::from)
                .orElseThrow(() -> new PlanNotFoundException(planId, PlanDirectoryProjection.PROCESSING_GROUP));
    }

    @Operation(summary = "Every clinician with a calendar, by id")
    @GetMapping("/api/clinicians")
    CliniciansResponse clinicians() {
        TreeSet<String> clinicians = new TreeSet<>();
        directory.everyPlan().forEach(plan -> clinicians.addAll(plan.clinicianIds()));
        return new CliniciansResponse(List.copyOf(clinicians));
    }
}
