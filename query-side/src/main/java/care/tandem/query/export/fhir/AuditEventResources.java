package care.tandem.query.export.fhir;

import care.tandem.access.audit.AccessOutcome;
import care.tandem.access.audit.AccessRecord;
import care.tandem.access.audit.PurposeOfUse;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

import java.util.Locale;

import static care.tandem.query.export.fhir.FhirReferences.date;

/**
 * One line of the access audit as an {@code AuditEvent} in the shape of IHE Basic Audit Log Patterns' RESTful
 * read: the user who asked (with roles and purpose of use), the Tandem service that answered, the plan and persons
 * whose record it was, and the outcome. It follows BALP without claiming its profile, whose package an offline
 * validator cannot load.
 */
final class AuditEventResources {

    private static final Coding REST = new Coding("http://terminology.hl7.org/CodeSystem/audit-event-type", "rest",
            "Restful Operation");
    private static final String INTERACTION = "http://hl7.org/fhir/restful-interaction";
    private static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";
    private static final String ENTITY_TYPE = "http://terminology.hl7.org/CodeSystem/audit-entity-type";
    private static final String OBJECT_ROLE = "http://terminology.hl7.org/CodeSystem/object-role";
    private static final String ACT_REASON = "http://terminology.hl7.org/CodeSystem/v3-ActReason";
    private static final String PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
    private static final String SUBJECTS = "urn:tandem:token-subject";
    private static final String CORRELATION_IDS = "urn:tandem:correlation-id";

    private AuditEventResources() {
    }

    static AuditEvent of(AccessRecord record) {
        AuditEvent event = new AuditEvent();
        event.setId("access-" + record.id());
        event.setType(REST.copy());
        event.addSubtype(interaction(record.method()));
        event.setAction(action(record.method()));
        event.setRecorded(date(record.occurredAt()));
        event.setOutcome(outcome(record.outcome()));
        event.setOutcomeDesc(record.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (record.breakTheGlassReason() == null ? "" : ", break the glass: " + record.breakTheGlassReason())
                + "; HTTP " + record.status() + " " + record.method() + " " + record.endpoint());
        event.getSource().setSite(record.service()).setObserver(new Reference().setDisplay(record.service()))
                .addType(new Coding("http://terminology.hl7.org/CodeSystem/security-source-type", "4",
                        "Application Server"));
        if (record.subject() != null) {
            AuditEvent.AuditEventAgentComponent user = event.addAgent()
                    .setType(new CodeableConcept(new Coding(PARTICIPATION, "IRCP", "information recipient")))
                    .setWho(new Reference().setIdentifier(new Identifier().setSystem(SUBJECTS)
                            .setValue(record.subject())))
                    .setRequestor(true);
            if (record.roles() != null) {
                user.addRole(new CodeableConcept().setText(record.roles()));
            }
            user.addPurposeOfUse(new CodeableConcept(purpose(record.purpose())));
            if (record.clientId() != null) {
                user.setAltId(record.clientId());
            }
        }
        event.addAgent().setType(new CodeableConcept(new Coding(DICOM, "110153", "Source Role ID")))
                .setWho(new Reference().setDisplay(record.service())).setRequestor(false)
                .setNetwork(new AuditEvent.AuditEventAgentNetworkComponent().setAddress(record.service())
                        .setType(AuditEvent.AuditEventAgentNetworkType._1));
        if (record.planId() != null) {
            event.addEntity().setWhat(FhirReferences.to("CarePlan", FhirIds.of(record.planId())))
                    .setType(new Coding(ENTITY_TYPE, "2", "System Object"))
                    .setRole(new Coding(OBJECT_ROLE, "4", "Domain Resource"))
                    .setSecurityLabel(SecurityLabels.part2());
        }
        for (String person : record.personIds()) {
            event.addEntity().setWhat(FhirReferences.patient(person))
                    .setType(new Coding(ENTITY_TYPE, "1", "Person")).setRole(new Coding(OBJECT_ROLE, "1", "Patient"));
        }
        if (record.correlationId() != null) {
            event.addEntity().setWhat(new Reference().setIdentifier(new Identifier().setSystem(CORRELATION_IDS)
                            .setValue(record.correlationId())))
                    .setType(new Coding(ENTITY_TYPE, "2", "System Object")).setDescription("correlation id");
        }
        return event;
    }

    private static Coding interaction(String method) {
        return switch (method) {
            case "POST" -> new Coding(INTERACTION, "create", "create");
            case "PUT", "PATCH" -> new Coding(INTERACTION, "update", "update");
            case "DELETE" -> new Coding(INTERACTION, "delete", "delete");
            default -> new Coding(INTERACTION, "read", "read");
        };
    }

    private static AuditEvent.AuditEventAction action(String method) {
        return switch (method) {
            case "POST" -> AuditEvent.AuditEventAction.C;
            case "PUT", "PATCH" -> AuditEvent.AuditEventAction.U;
            case "DELETE" -> AuditEvent.AuditEventAction.D;
            default -> AuditEvent.AuditEventAction.R;
        };
    }

    /** Success, a refusal (minor failure) or an error in answering (serious failure). */
    private static AuditEvent.AuditEventOutcome outcome(AccessOutcome outcome) {
        return switch (outcome) {
            case ALLOWED, BREAK_THE_GLASS -> AuditEvent.AuditEventOutcome._0;
            case REFUSED_UNAUTHENTICATED, REFUSED_FORBIDDEN -> AuditEvent.AuditEventOutcome._4;
            case FAILED -> AuditEvent.AuditEventOutcome._8;
        };
    }

    private static Coding purpose(PurposeOfUse purpose) {
        return switch (purpose == null ? PurposeOfUse.OPERATIONS : purpose) {
            case TREATMENT -> new Coding(ACT_REASON, "TREAT", "treatment");
            case EMERGENCY_TREATMENT -> new Coding(ACT_REASON, "ETREAT", "Emergency Treatment");
            case OPERATIONS -> new Coding(ACT_REASON, "HOPERAT", "healthcare operations");
            case COMPLIANCE -> new Coding(ACT_REASON, "HCOMPL", "health compliance");
            case PAYMENT -> new Coding(ACT_REASON, "HPAYMT", "healthcare payment");
        };
    }
}
