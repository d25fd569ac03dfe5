package care.tandem.events.consent;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ConsentId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's written consent to disclose their information, with every element of 42 CFR 2.31: who consents
 * ({@code person}), to whom ({@code recipient}), what ({@code information}), why ({@code purpose}), until when (the
 * end of {@code expiresOn} in the clinic's zone, that is {@code expiresAt}, and/or the plan's discharge), and the
 * signature: how, by whom (the person, or a guardian for a minor) and when. Given within one plan, whose member the
 * recipient is.
 */
@Revision("1")
public record ConsentGranted(
        ParticipantId person,
        ConsentId consentId,
        PlanId planId,
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
}
