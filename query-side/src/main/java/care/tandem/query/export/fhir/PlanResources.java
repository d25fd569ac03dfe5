package care.tandem.query.export.fhir;

import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ResourceType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Every FHIR resource of one plan, in the order a reader resolves them: people first, then what refers to them. */
final class PlanResources {

    /** The resource types the export holds, in that order. */
    static final List<ResourceType> TYPES = List.of(ResourceType.Patient, ResourceType.RelatedPerson,
            ResourceType.Group, ResourceType.Practitioner, ResourceType.CareTeam, ResourceType.CarePlan,
            ResourceType.Goal, ResourceType.Appointment, ResourceType.Encounter, ResourceType.Consent);

    private PlanResources() {
    }

    static List<Resource> of(FhirPlan plan) {
        List<Resource> resources = new ArrayList<>(UnitResources.of(plan));
        resources.addAll(CarePlanResources.of(plan));
        resources.addAll(SessionResources.of(plan));
        resources.addAll(ConsentResources.of(plan));
        return resources;
    }

    /**
     * The plan's resources for an export of [from, to): its appointments that start then and their encounters,
     * its consents given before its end, and everything about the plan itself.
     */
    static List<Resource> during(FhirPlan plan, Instant from, Instant to) {
        Set<String> appointmentsInPeriod = plan.sessions().stream()
                .filter(session -> !session.startsAt().isBefore(from) && session.startsAt().isBefore(to))
                .map(session -> SessionResources.appointmentId(plan.planId(), session.sessionId()))
                .collect(Collectors.toSet());
        return of(plan).stream().filter(resource -> inPeriod(resource, appointmentsInPeriod, to)).toList();
    }

    private static boolean inPeriod(Resource resource, Set<String> appointmentsInPeriod, Instant to) {
        if (resource instanceof Appointment appointment) {
            return appointmentsInPeriod.contains(appointment.getIdPart());
        }
        if (resource instanceof Encounter encounter) {
            return encounter.getAppointment().stream()
                    .anyMatch(reference -> appointmentsInPeriod.contains(reference.getReferenceElement().getIdPart()));
        }
        if (resource instanceof Consent consent) {
            return consent.getDateTime().toInstant().isBefore(to);
        }
        return true;
    }
}
