package care.tandem.query.export.fhir;

import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

import java.time.Instant;
import java.util.Date;

/** References between the resources of a plan's export, relative to its FHIR base; and FHIR's times. */
final class FhirReferences {

    /** The identifier systems of Tandem's ids, so a receiving system can match people and sessions across exports. */
    static final String PARTICIPANT_IDS = "urn:tandem:participant-id";
    static final String CLINICIAN_IDS = "urn:tandem:clinician-id";
    static final String PLAN_IDS = "urn:tandem:plan-id";
    static final String SESSION_IDS = "urn:tandem:session-id";
    static final String CONSENT_IDS = "urn:tandem:consent-id";

    private FhirReferences() {
    }

    static Reference patient(String participantId) {
        return new Reference("Patient/" + FhirIds.of(participantId));
    }

    static Reference practitioner(String clinicianId) {
        return new Reference("Practitioner/" + FhirIds.of(clinicianId));
    }

    static Reference group(String planId) {
        return new Reference("Group/" + FhirIds.of(planId));
    }

    static Reference to(String resourceType, String fhirId) {
        return new Reference(resourceType + "/" + fhirId);
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    /** A period from {@code start}, open-ended while {@code end} is null. */
    static Period period(Instant start, Instant end) {
        return new Period().setStart(date(start)).setEnd(date(end));
    }
}
