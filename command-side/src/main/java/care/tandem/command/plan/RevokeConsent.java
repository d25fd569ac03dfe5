package care.tandem.command.plan;

import care.tandem.events.consent.ConsentRevoked;
import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ConsentId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

import static care.tandem.command.plan.CommandChecks.required;

/** Record that a person revoked a consent given within this plan: effective for every later disclosure. */
public record RevokeConsent(
        @TargetAggregateIdentifier PlanId planId,
        ParticipantId person,
        ConsentId consentId,
        ClinicianId recordedBy,
        Instant revokedAt) {

    public RevokeConsent {
        required(planId, "planId");
        required(person, "person");
        required(consentId, "consentId");
        required(recordedBy, "recordedBy");
        required(revokedAt, "revokedAt");
    }

    ConsentRevoked revoked() {
        return new ConsentRevoked(person, consentId, recordedBy, revokedAt);
    }
}
