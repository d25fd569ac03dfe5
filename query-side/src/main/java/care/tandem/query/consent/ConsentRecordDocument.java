package care.tandem.query.consent;

import care.tandem.query.readmodel.PlanDocument;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One person's consent record, keyed {@code person/<participantId>} and written by their own consent stream (guarded
 * by its sequence numbers): their consents and every disclosure made under them, in recorded order, and the
 * shredding of their personal text once it happened (null before).
 */
public record ConsentRecordDocument(
        @BsonId String id,
        long lastAppliedSequence,
        List<ConsentEntry> consents,
        List<DisclosureEntry> disclosures,
        ShreddingEntry shredding) implements PlanDocument<ConsentRecordDocument> {

    static ConsentRecordDocument empty(String id) {
        return new ConsentRecordDocument(id, NOTHING_APPLIED, List.of(), List.of(), null);
    }

    @Override
    public ConsentRecordDocument withLastAppliedSequence(long sequence) {
        return new ConsentRecordDocument(id, sequence, consents, disclosures, shredding);
    }

    ConsentRecordDocument withConsent(ConsentEntry consent) {
        List<ConsentEntry> next = new ArrayList<>(consents);
        next.add(consent);
        return new ConsentRecordDocument(id, lastAppliedSequence, List.copyOf(next), disclosures, shredding);
    }

    ConsentRecordDocument withRevocation(String consentId, Instant at, String by) {
        return new ConsentRecordDocument(id, lastAppliedSequence, consents.stream()
                .map(consent -> consent.consentId().equals(consentId) ? consent.revoked(at, by) : consent).toList(),
                disclosures, shredding);
    }

    ConsentRecordDocument withDisclosure(DisclosureEntry disclosure) {
        List<DisclosureEntry> next = new ArrayList<>(disclosures);
        next.add(disclosure);
        return new ConsentRecordDocument(id, lastAppliedSequence, consents, List.copyOf(next), shredding);
    }

    ConsentRecordDocument shredded(ShreddingEntry entry) {
        return new ConsentRecordDocument(id, lastAppliedSequence, consents, disclosures, entry);
    }
}
