package care.tandem.command.api;

import care.tandem.events.consent.ConsentAttestation;
import care.tandem.events.consent.DisclosedInformation;
import care.tandem.events.consent.DisclosurePurpose;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A member's written consent (42 CFR 2.31). {@code expiresOn} (the consent ends with that day in the clinic's zone)
 * and/or {@code endsAtDischarge}; {@code signedBy} is the person, or a guardian for a minor; {@code signedAt} defaults to
 * the moment it is recorded (signed in the session).
 */
public record GrantConsentRequest(
        String consentId,
        @NotNull @Valid ConsentRecipientRequest recipient,
        @NotNull @Size(min = 1, max = 4) List<DisclosedInformation> information,
        @NotNull DisclosurePurpose purpose,
        @Within(back = "P0D", ahead = "P3653D") LocalDate expiresOn,
        Boolean endsAtDischarge,
        @NotNull ConsentAttestation attestation,
        @NotNull String signedBy,
        @Within(back = "P366D", ahead = "P0D") Instant signedAt) {
}
