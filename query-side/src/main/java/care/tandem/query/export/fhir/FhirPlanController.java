package care.tandem.query.export.fhir;

import care.tandem.events.id.PlanId;
import care.tandem.query.api.InvalidParameterException;
import care.tandem.query.api.PlanNotFoundException;
import care.tandem.query.api.QueryApi;
import care.tandem.query.careplan.CarePlanRecordProjection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ResourceType;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.util.List;

/**
 * A plan's record as FHIR R4, read-only, below the plan's path: its FHIR base is
 * {@code /api/treatment-plans/{planId}/fhir}, so the query API's authorization (the care team, break-the-glass,
 * trusted systems) and access audit apply to every read as to any other of the plan's views.
 */
@RestController
@RequestMapping(QueryApi.PLAN_PATH + FhirPlanController.BASE)
@Tag(name = "FHIR R4")
class FhirPlanController {

    static final String BASE = "/fhir";

    private final FhirPlans plans;
    private final FhirJson json;
    private final Clock clock = Clock.systemUTC();

    FhirPlanController(FhirPlans plans, FhirJson json) {
        this.plans = plans;
        this.json = json;
    }

    @Operation(summary = "Everything the FHIR export holds of the plan (its CarePlan's id is the plan id): unit, "
            + "care team, plan, goals, appointments, encounters and consents, as a searchset Bundle")
    @GetMapping(path = "/CarePlan/{carePlanId}/$everything", produces = {FhirJson.FHIR_JSON_VALUE, "application/json"})
    ResponseEntity<String> everything(@PathVariable PlanId planId, @PathVariable String carePlanId,
                                      HttpServletRequest request) {
        if (!fhirId("carePlanId", carePlanId).equals(FhirIds.of(planId.value()))) {
            throw new FhirResourceNotFoundException(ResourceType.CarePlan, carePlanId);
        }
        return answer(request, FhirJson.searchset(resources(planId), base(request, planId), self(request)));
    }

    @Operation(summary = "The plan's resources of one type (Patient, RelatedPerson, Group, Practitioner, CareTeam, "
            + "CarePlan, Goal, Appointment, Encounter or Consent), as a searchset Bundle")
    @GetMapping(path = "/{type}", produces = {FhirJson.FHIR_JSON_VALUE, "application/json"})
    ResponseEntity<String> search(@PathVariable PlanId planId, @PathVariable String type,
                                  HttpServletRequest request) {
        ResourceType resourceType = exported(type);
        List<Resource> matches = resources(planId).stream()
                .filter(resource -> resource.getResourceType() == resourceType).toList();
        return answer(request, FhirJson.searchset(matches, base(request, planId), self(request)));
    }

    @Operation(summary = "One of the plan's FHIR resources by type and id")
    @GetMapping(path = "/{type}/{resourceId}", produces = {FhirJson.FHIR_JSON_VALUE, "application/json"})
    ResponseEntity<String> read(@PathVariable PlanId planId, @PathVariable String type,
                                @PathVariable String resourceId, HttpServletRequest request) {
        ResourceType resourceType = exported(type);
        String fhirId = fhirId("resourceId", resourceId);
        Resource resource = resources(planId).stream()
                .filter(candidate -> candidate.getResourceType() == resourceType
                        && candidate.getIdPart().equals(fhirId))
                .findFirst().orElseThrow(() -> new FhirResourceNotFoundException(resourceType, fhirId));
        return answer(request, resource);
    }

    private List<Resource> resources(PlanId planId) {
        return PlanResources.of(plans.of(planId, clock.instant()).orElseThrow(
                () -> new PlanNotFoundException(planId, CarePlanRecordProjection.PROCESSING_GROUP)));
    }

    private ResponseEntity<String> answer(HttpServletRequest request, Resource resource) {
        String accept = request.getHeader("Accept");
        boolean plainJson = accept != null && accept.startsWith("application/json");
        return ResponseEntity.ok().contentType(plainJson ? MediaType.APPLICATION_JSON
                : FhirJson.FHIR_JSON).body(json.write(resource));
    }

    private static ResourceType exported(String type) {
        return PlanResources.TYPES.stream().filter(candidate -> candidate.name().equals(type)).findFirst()
                .orElseThrow(FhirResourceNotFoundException::unexportedType);
    }

    private static String fhirId(String parameter, String id) {
        if (!FhirIds.FHIR_ID.matcher(id).matches()) {
            throw new InvalidParameterException(parameter, "a FHIR id is 1-64 of [A-Za-z0-9-.]");
        }
        return id;
    }

    private static String base(HttpServletRequest request, PlanId planId) {
        return ServletUriComponentsBuilder.fromContextPath(request)
                .path("/api/treatment-plans/" + planId.value() + BASE).toUriString();
    }

    private static String self(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromRequest(request).toUriString();
    }
}
