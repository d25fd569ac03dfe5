package care.tandem.command.plan;

import care.tandem.events.consent.DisclosedInformation;
import care.tandem.events.consent.DisclosurePurpose;
import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.DisclosureId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;

import java.time.Instant;

/** What a plan asks to disclose of one person's information, to be recorded only under that person's consent. */
public record DisclosureRequest(
        ParticipantId person,
        DisclosureId disclosureId,
        PlanId planId,
        SessionId sessionId,
        ParticipantId recipient,
        DisclosedInformation information,
        DisclosurePurpose purpose,
        String content,
        String notice,
        ClinicianId disclosedBy,
        Instant disclosedAt) {
}
