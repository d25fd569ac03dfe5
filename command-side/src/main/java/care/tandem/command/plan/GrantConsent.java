package care.tandem.command.plan;

import care.tandem.events.consent.ConsentAttestation;
import care.tandem.events.consent.ConsentGranted;
import care.tandem.events.consent.ConsentRecipient;
import care.tandem.events.consent.DisclosedInformation;
import care.tandem.events.consent.DisclosurePurpose;
import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ConsentId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static care.tandem.command.plan.CommandChecks.distinct;
import static care.tandem.command.plan.CommandChecks.required;

/**
 * Record a member's written consent (42 CFR 2.31) given within this plan. A consent missing an element is no
 * consent, so it cannot be built: recipient, an explicit list of information, purpose, an expiry (the end of a date,
 * {@code expiresAt} being that end in the clinic's zone, and/or the plan's discharge), and the signature.
 */
public record GrantConsent(
        @TargetAggregateIdentifier PlanId planId,
        ParticipantId person,
        ConsentId consentId,
        ConsentRecipient recipient,
        List<DisclosedInformation> information,
        DisclosurePurpose purpose,
        LocalDate expiresOn,
        Instant expiresAt,
        boolean endsAtDischarge,
        ConsentAttestation attestation,
        ParticipantId signedBy,
        Instant signedAt,
        ClinicianId recordedBy,
        Instant grantedAt) {

    public GrantConsent {
        required(planId, "planId");
        required(person, "person");
        required(consentId, "consentId");
        required(recipient, "recipient");
        required(information, "information");
        if (information.isEmpty()) {
            throw new InvalidCommandException("information", "must list at least one kind of information");
        }
        distinct(information, "information");
        information = List.copyOf(information);
        required(purpose, "purpose");
        if ((expiresOn == null) != (expiresAt == null)) {
            throw new InvalidCommandException("expiresOn", "needs the instant it ends in the clinic's zone");
        }
        if (expiresOn == null && !endsAtDischarge) {
            throw new InvalidCommandException("expiresOn", "a consent ends on a date or at discharge");
        }
        required(attestation, "attestation");
        required(signedBy, "signedBy");
        required(signedAt, "signedAt");
        required(recordedBy, "recordedBy");
        required(grantedAt, "grantedAt");
        if (signedAt.isAfter(grantedAt)) {
            throw new InvalidCommandException("signedAt", "must not be in the future");
        }
        if (expiresAt != null && !expiresAt.isAfter(grantedAt)) {
            throw new InvalidCommandException("expiresOn", "must be after the consent is given");
        }
    }

    ConsentGranted granted() {
        return new ConsentGranted(person, consentId, planId, recipient, information, purpose, expiresOn, expiresAt,
                endsAtDischarge, attestation, signedBy, signedAt, recordedBy, grantedAt);
    }
}
