package care.tandem.query.consent;

import care.tandem.events.consent.InformationDisclosed;

import java.time.Instant;

/** One entry of the accounting of disclosures (42 CFR 2.24): what, to whom, when, under which consent, why. */
public record DisclosureEntry(
        String disclosureId,
        Instant disclosedAt,
        String recipient,
        String information,
        String content,
        String consentId,
        String purpose,
        String planId,
        String sessionId,
        String notice,
        String disclosedBy) {

    static DisclosureEntry of(InformationDisclosed event) {
        return new DisclosureEntry(event.disclosureId().value(), event.disclosedAt(), event.recipient().value(),
                event.information().name(), event.content(), event.consentId().value(), event.purpose().name(),
                event.planId().value(), event.sessionId() == null ? null : event.sessionId().value(), event.notice(),
                event.disclosedBy().value());
    }
}
