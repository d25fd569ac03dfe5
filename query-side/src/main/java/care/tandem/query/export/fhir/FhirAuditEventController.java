package care.tandem.query.export.fhir;

import care.tandem.access.audit.AccessAuditLog;
import care.tandem.access.audit.AccessQuery;
import care.tandem.query.api.IdParameters;
import care.tandem.query.api.PageRequest;
import care.tandem.query.api.Period;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Instant;
import java.util.List;

/**
 * The access audit as FHIR {@code AuditEvent}s for compliance staff and their audit repository: who read or was
 * refused whose record, filtered by plan and person within a period, a page at a time. Reading it is itself audited.
 */
@RestController
@Tag(name = "FHIR R4")
class FhirAuditEventController {

    private final AccessAuditLog accessAudit;
    private final FhirJson json;

    FhirAuditEventController(AccessAuditLog accessAudit, FhirJson json) {
        this.accessAudit = accessAudit;
        this.json = json;
    }

    @Operation(summary = "Compliance: the access audit as FHIR AuditEvents (IHE Basic Audit Log Patterns' shape), "
            + "by planId and personId within a period, oldest first, as a searchset Bundle of one page")
    @GetMapping(path = "/api/compliance/fhir/AuditEvent", produces = {FhirJson.FHIR_JSON_VALUE, "application/json"})
    ResponseEntity<String> auditEvents(@RequestParam(required = false) String planId,
                                       @RequestParam(required = false) String personId, Period period,
                                       PageRequest page, HttpServletRequest request) {
        AccessQuery query = new AccessQuery(IdParameters.optional("planId", planId),
                IdParameters.optional("personId", personId), null, null,
                period.isBounded() ? period.from() : Instant.EPOCH,
                period.isBounded() ? period.until() : Instant.parse("9999-01-01T00:00:00Z"));
        long total = accessAudit.count(query);
        List<AuditEvent> events = accessAudit.find(query, (long) page.page() * page.size(), page.size()).stream()
                .map(AuditEventResources::of).toList();
        String base = ServletUriComponentsBuilder.fromContextPath(request).path("/api/compliance/fhir").toUriString();
        Bundle bundle = FhirJson.searchset(events, base, ServletUriComponentsBuilder.fromRequest(request)
                .toUriString());
        bundle.setTotal((int) Math.min(total, Integer.MAX_VALUE));
        if ((long) (page.page() + 1) * page.size() < total) {
            bundle.addLink().setRelation("next").setUrl(ServletUriComponentsBuilder.fromRequest(request)
                    .replaceQueryParam("page", page.page() + 1).toUriString());
        }
        return ResponseEntity.ok().contentType(FhirJson.FHIR_JSON).body(json.write(bundle));
    }

}
