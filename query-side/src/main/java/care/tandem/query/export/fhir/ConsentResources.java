package care.tandem.query.export.fhir;

import care.tandem.query.careplan.UnitMember;
import care.tandem.query.consent.ConsentEntry;
import care.tandem.query.consent.PlanConsent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static care.tandem.query.export.fhir.FhirReferences.CONSENT_IDS;
import static care.tandem.query.export.fhir.FhirReferences.date;
import static care.tandem.query.export.fhir.FhirReferences.period;
import static care.tandem.query.export.fhir.SecurityLabels.labelled;

/**
 * Each consent to disclose a person's Part 2 information (42 CFR 2.31) as a privacy {@code Consent}: who gave it and
 * who signed, the recipient (a member of the unit or an outside provider by name), what may be disclosed, for what
 * purpose, from when to when; active while in force, inactive once revoked or past its end.
 */
final class ConsentResources {

    private static final Coding PRIVACY = new Coding("http://terminology.hl7.org/CodeSystem/consentscope",
            "patient-privacy", "Privacy Consent");
    private static final Coding PATIENT_CONSENT = new Coding("http://loinc.org", "59284-0", "Patient Consent");
    private static final String PART_2 = "https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-2";
    private static final String PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
    private static final String ACT_REASON = "http://terminology.hl7.org/CodeSystem/v3-ActReason";

    private ConsentResources() {
    }

    static List<Resource> of(FhirPlan plan) {
        return plan.consents().stream().map(consent -> (Resource) consent(plan, consent)).toList();
    }

    private static Consent consent(FhirPlan plan, PlanConsent given) {
        ConsentEntry entry = given.consent();
        Consent consent = labelled(new Consent());
        consent.setId(FhirIds.scoped(given.person(), entry.consentId()));
        consent.addIdentifier().setSystem(CONSENT_IDS).setValue(entry.consentId());
        consent.setStatus(switch (given.state()) {
            case IN_FORCE -> Consent.ConsentState.ACTIVE;
            case NOT_YET_GIVEN -> Consent.ConsentState.PROPOSED;
            case REVOKED, EXPIRED -> Consent.ConsentState.INACTIVE;
        });
        consent.setScope(new CodeableConcept(PRIVACY.copy()));
        consent.addCategory(new CodeableConcept(PATIENT_CONSENT.copy()));
        consent.setPatient(FhirReferences.patient(given.person()));
        consent.setDateTime(date(entry.grantedAt()));
        consent.addPerformer(signer(plan, given.person(), entry.signedBy()));
        consent.addPolicy().setAuthority("https://www.ecfr.gov").setUri(PART_2);
        Consent.ProvisionComponent provision = consent.getProvision().setType(Consent.ConsentProvisionType.PERMIT);
        provision.setPeriod(period(entry.grantedAt(), end(entry)));
        provision.addActor().setRole(new CodeableConcept(new Coding(PARTICIPATION, "IRCP", "information recipient")))
                .setReference(entry.recipientMember() != null ? FhirReferences.patient(entry.recipientMember())
                        : new Reference().setDisplay(entry.recipientOutsideProvider()));
        provision.addPurpose(purpose(entry.purpose()));
        entry.information().forEach(information -> provision.addCode(
                new CodeableConcept().setText(information.toLowerCase(Locale.ROOT).replace('_', ' '))));
        SecurityLabels.part2().forEach(provision::addSecurityLabel);
        return consent;
    }

    /** The person, or the guardian who signed for a minor. */
    private static Reference signer(FhirPlan plan, String person, String signedBy) {
        if (signedBy.equals(person)) {
            return FhirReferences.patient(person);
        }
        boolean guardian = plan.member(person).map(UnitMember::guardians).orElse(List.of()).contains(signedBy);
        return guardian ? FhirReferences.to("RelatedPerson", UnitResources.guardianId(signedBy, person))
                : FhirReferences.patient(signedBy);
    }

    /** Its end date, or its revocation if that came first. */
    private static Instant end(ConsentEntry entry) {
        if (entry.revokedAt() == null) {
            return entry.expiresAt();
        }
        return entry.expiresAt() != null && entry.expiresAt().isBefore(entry.revokedAt()) ? entry.expiresAt()
                : entry.revokedAt();
    }

    private static Coding purpose(String purpose) {
        return switch (purpose) {
            case "COUPLES_OR_FAMILY_THERAPY" -> new Coding(ACT_REASON, "TREAT", "treatment");
            case "CARE_COORDINATION" -> new Coding(ACT_REASON, "CAREMGT", "care management");
            default -> new Coding(ACT_REASON, "PATRQT", "patient requested");
        };
    }
}
