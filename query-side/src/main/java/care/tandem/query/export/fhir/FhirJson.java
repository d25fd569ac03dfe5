package care.tandem.query.export.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * FHIR R4 JSON as HAPI writes it. The context is built once (it scans the R4 model, which takes a while); a parser
 * is cheap and not shared between threads, so each answer gets its own.
 */
@Component
class FhirJson {

    static final String FHIR_JSON_VALUE = "application/fhir+json";
    static final String FHIR_NDJSON_VALUE = "application/fhir+ndjson";
    static final MediaType FHIR_JSON = MediaType.parseMediaType(FHIR_JSON_VALUE + ";charset=UTF-8");
    static final MediaType FHIR_NDJSON = MediaType.parseMediaType(FHIR_NDJSON_VALUE + ";charset=UTF-8");

    private final FhirContext context = FhirContext.forR4Cached();

    String write(IBaseResource resource) {
        return context.newJsonParser().encodeResourceToString(resource);
    }

    /** One resource per line, as FHIR Bulk Data's NDJSON files hold them. */
    String ndjson(List<? extends Resource> resources) {
        StringBuilder lines = new StringBuilder();
        var parser = context.newJsonParser().setPrettyPrint(false);
        resources.forEach(resource -> lines.append(parser.encodeResourceToString(resource)).append('\n'));
        return lines.toString();
    }

    /** A search's answer: every match, with its absolute URL below {@code base}. */
    static Bundle searchset(List<? extends Resource> resources, String base, String self) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(resources.size());
        bundle.addLink().setRelation("self").setUrl(self);
        for (Resource resource : resources) {
            bundle.addEntry().setFullUrl(base + "/" + resource.fhirType() + "/" + resource.getIdPart())
                    .setResource(resource).getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }
}
