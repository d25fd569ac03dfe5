package care.tandem.query.consent;

import care.tandem.events.consent.PersonalDataShredded;

import java.time.Instant;

/**
 * That a person's personal text was shredded, as recorded: why, whether before the retention period was over and on
 * what basis, who did it and when. Ids and reasons only: it stays readable after the shredding it records.
 */
public record ShreddingEntry(
        String reason,
        boolean retentionOverridden,
        String overrideBasis,
        Instant lastEntryAt,
        String shreddedBy,
        Instant shreddedAt) {

    static ShreddingEntry of(PersonalDataShredded shredded) {
        return new ShreddingEntry(shredded.reason().name(), shredded.retentionOverridden(), shredded.overrideBasis(),
                shredded.lastEntryAt(), shredded.shreddedBy(), shredded.shreddedAt());
    }
}
