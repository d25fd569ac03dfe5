package care.tandem.events.consent;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ConsentId;
import care.tandem.events.id.DisclosureId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.privacy.PersonalData;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * One item of a person's information disclosed to a recipient under a consent in force, with the notice against
 * redisclosure (42 CFR 2.32) it was sent with: an entry of the person's accounting of disclosures (42 CFR 2.24).
 * {@code content} is what the recipient received, e.g. the part of a session summary about this person.
 */
@Revision("1")
public record InformationDisclosed(
        ParticipantId person,
        DisclosureId disclosureId,
        ConsentId consentId,
        PlanId planId,
        SessionId sessionId,
        ParticipantId recipient,
        DisclosedInformation information,
        DisclosurePurpose purpose,
        @PersonalData(subject = "person")
        String content,
        String notice,
        ClinicianId disclosedBy,
        Instant disclosedAt) {
}
