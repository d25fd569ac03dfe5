package care.tandem.query.absence;

import care.tandem.query.readmodel.DocumentKey;
import care.tandem.query.readmodel.PlanDocument;
import org.bson.codecs.pojo.annotations.BsonId;

import java.util.List;

/**
 * A plan's entry in the program-wide directory of what is still open about partners' absences, keyed
 * {@code plan/<planId>}: per partner with anything open, how many missed joint sessions still await their follow-up
 * and how many participation concerns are active. Counts and ids only, no names, so that the whole directory is one
 * small {@code _id} range and a program overview may show it. Empty once nothing is open any more.
 */
public record OpenFollowUpsDocument(
        @BsonId String id,
        long lastAppliedSequence,
        List<PartnerOpenItems> partners) implements PlanDocument<OpenFollowUpsDocument> {

    static OpenFollowUpsDocument of(DocumentKey key, List<PartnerOpenItems> partners) {
        return new OpenFollowUpsDocument(key.value(), NOTHING_APPLIED, partners);
    }

    @Override
    public OpenFollowUpsDocument withLastAppliedSequence(long sequence) {
        return new OpenFollowUpsDocument(id, sequence, partners);
    }

    /** The plan's id: the last part of the document key. */
    String planId() {
        return DocumentKey.parse(id).last();
    }

    /**
     * One partner's open items, as their absent-partner summary counts them ({@code openFollowUps} and
     * {@code activeParticipationConcerns} there); {@code left}: the partner has left the plan.
     */
    public record PartnerOpenItems(String participantId, boolean left, int openFollowUps,
                                   int activeParticipationConcerns) {

        static List<PartnerOpenItems> of(AbsentPartnerSummaryDocument summary) {
            return summary.partners().stream()
                    .map(partner -> {
                        PartnerAbsences absences = new PartnerAbsences(summary, partner.participantId());
                        return new PartnerOpenItems(partner.participantId(), partner.left(),
                                                    absences.openFollowUps().size(),
                                                    absences.activeConcerns().size());
                    })
                    .filter(items -> items.openFollowUps() > 0 || items.activeParticipationConcerns() > 0)
                    .toList();
        }
    }
}
