package care.tandem.query.export.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HAPI FHIR's validator against the base R4 definitions, offline: built once for every test (its first validation
 * loads the definitions, for seconds). Errors and fatal findings fail; warnings (no narrative, LOINC not loaded, a
 * Part 2 code outside R4's extensible security-label set) do not.
 */
final class FhirValidation {

    private static final FhirContext CONTEXT = FhirContext.forR4Cached();
    private static final FhirValidator VALIDATOR = CONTEXT.newValidator().registerValidatorModule(
            new FhirInstanceValidator(new ValidationSupportChain(
                    new DefaultProfileValidationSupport(CONTEXT),
                    new CommonCodeSystemsTerminologyService(CONTEXT),
                    new InMemoryTerminologyServerValidationSupport(CONTEXT),
                    new SnapshotGeneratingValidationSupport(CONTEXT))));

    private FhirValidation() {
    }

    static List<String> errorsOf(IBaseResource resource) {
        return VALIDATOR.validateWithResult(resource).getMessages().stream()
                .filter(message -> message.getSeverity() == ResultSeverityEnum.ERROR
                        || message.getSeverity() == ResultSeverityEnum.FATAL)
                .map(message -> message.getLocationString() + ": " + message.getMessage())
                .toList();
    }

    static List<String> errorsOf(String json) {
        return errorsOf(CONTEXT.newJsonParser().parseResource(json));
    }

    static void assertValid(IBaseResource resource) {
        assertThat(errorsOf(resource)).as(resource.fhirType() + "/" + resource.getIdElement().getIdPart()
                + " against the R4 definitions").isEmpty();
    }

    static IBaseResource parse(String json) {
        return CONTEXT.newJsonParser().parseResource(json);
    }
}
