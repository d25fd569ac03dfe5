package care.tandem.query.consent;

import care.tandem.query.readmodel.PlanDocument;
import org.bson.codecs.pojo.annotations.BsonId;

import java.util.ArrayList;
import java.util.List;

/**
 * What one person received about another under that person's consent, keyed
 * {@code received/<recipient>/<person>}: written by the person's own consent stream alone, guarded by its sequence.
 */
public record ReceivedDisclosuresDocument(
        @BsonId String id,
        long lastAppliedSequence,
        String person,
        List<DisclosureEntry> disclosures) implements PlanDocument<ReceivedDisclosuresDocument> {

    static ReceivedDisclosuresDocument empty(String id) {
        return new ReceivedDisclosuresDocument(id, NOTHING_APPLIED, null, List.of());
    }

    @Override
    public ReceivedDisclosuresDocument withLastAppliedSequence(long sequence) {
        return new ReceivedDisclosuresDocument(id, sequence, person, disclosures);
    }

    ReceivedDisclosuresDocument with(String about, DisclosureEntry disclosure) {
        List<DisclosureEntry> next = new ArrayList<>(disclosures);
        next.add(disclosure);
        return new ReceivedDisclosuresDocument(id, lastAppliedSequence, about, List.copyOf(next));
    }
}
