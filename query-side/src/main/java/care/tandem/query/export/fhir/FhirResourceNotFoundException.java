package care.tandem.query.export.fhir;

import org.hl7.fhir.r4.model.ResourceType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/**
 * The plan's export holds no resource of this type and id, or does not export the type at all (then the problem
 * does not repeat what was asked for: it may be anything).
 */
class FhirResourceNotFoundException extends ErrorResponseException {

    static final URI TYPE = URI.create("https://tandem.care/problems/fhir-resource-not-found");

    FhirResourceNotFoundException(ResourceType resourceType, String id) {
        super(HttpStatus.NOT_FOUND, problem("The plan's FHIR export holds no " + resourceType + " with this id"),
                null);
        getBody().setProperty("resourceType", resourceType.name());
        getBody().setProperty("id", id);
    }

    private FhirResourceNotFoundException() {
        super(HttpStatus.NOT_FOUND, problem("The FHIR export holds resources of the types " + PlanResources.TYPES
                + " only"), null);
    }

    static FhirResourceNotFoundException unexportedType() {
        return new FhirResourceNotFoundException();
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setType(TYPE);
        problem.setTitle("FHIR resource not found");
        return problem;
    }
}
