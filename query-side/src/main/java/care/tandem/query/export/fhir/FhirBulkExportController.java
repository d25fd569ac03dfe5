package care.tandem.query.export.fhir;

import care.tandem.access.audit.AccessAttributes;
import care.tandem.query.access.VisiblePlans;
import care.tandem.query.api.InvalidParameterException;
import care.tandem.query.api.Period;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ResourceType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A FHIR Bulk Data-style export for a period: the resources of every plan the caller may see that was open during it
 * (a trusted system every plan, a clinician their care teams'), as NDJSON, one resource per line, grouped by type.
 * It answers at once instead of through Bulk Data's asynchronous kick-off and status polling. The access audit
 * records every person whose record it holds.
 */
@RestController
@Tag(name = "FHIR R4")
class FhirBulkExportController {

    private final FhirPlans plans;
    private final FhirJson json;
    private final VisiblePlans visiblePlans;
    private final Clock clock = Clock.systemUTC();

    FhirBulkExportController(FhirPlans plans, FhirJson json, VisiblePlans visiblePlans) {
        this.plans = plans;
        this.json = json;
        this.visiblePlans = visiblePlans;
    }

    @Operation(summary = "NDJSON of the FHIR resources of the caller's plans open in a period (week, month, or from "
            + "and to): appointments starting in it with their encounters, consents given by its end, and each "
            + "plan's unit, care team, plan and goals; _type narrows it to some resource types")
    @GetMapping(path = "/api/fhir/$export", produces = FhirJson.FHIR_NDJSON_VALUE)
    ResponseEntity<String> export(Period period, @RequestParam(name = "_type", required = false) String types,
                                  HttpServletRequest request) {
        period.requireBounded();
        Set<ResourceType> wanted = types(types);
        Set<String> exported = new HashSet<>();
        List<Resource> resources = new ArrayList<>();
        Set<String> persons = new LinkedHashSet<>();
        for (FhirPlan plan : plans.openDuring(period.from(), period.until(), visiblePlans.toCaller(),
                clock.instant())) {
            for (Resource resource : PlanResources.during(plan, period.from(), period.until())) {
                if (wanted.contains(resource.getResourceType())
                        && exported.add(resource.fhirType() + "/" + resource.getIdPart())) {
                    resources.add(resource);
                    plan.record().members().forEach(member -> persons.add(member.participantId()));
                }
            }
        }
        resources.sort(Comparator.comparing(resource -> PlanResources.TYPES.indexOf(resource.getResourceType())));
        AccessAttributes.covers(request, persons);
        return ResponseEntity.ok().contentType(FhirJson.FHIR_NDJSON).body(json.ndjson(resources));
    }

    private static Set<ResourceType> types(String types) {
        if (types == null) {
            return new LinkedHashSet<>(PlanResources.TYPES);
        }
        Set<ResourceType> wanted = new LinkedHashSet<>();
        for (String type : types.split(",", -1)) {
            wanted.add(PlanResources.TYPES.stream().filter(candidate -> candidate.name().equals(type.strip()))
                    .findFirst().orElseThrow(() -> new InvalidParameterException("_type",
                            "a comma-separated list of " + Arrays.toString(PlanResources.TYPES.toArray()))));
        }
        return wanted;
    }
}
