package care.tandem.query.consent;

import care.tandem.events.id.ParticipantId;
import care.tandem.query.readmodel.DocumentKey;
import care.tandem.query.readmodel.PlanDocuments;
import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Repository;

import java.util.List;

@Repository
public class ReceivedDisclosures extends PlanDocuments<ReceivedDisclosuresDocument> {

    ReceivedDisclosures(MongoDatabase tandemDatabase) {
        super(tandemDatabase, "received-disclosures", ReceivedDisclosuresDocument.class,
                ReceivedDisclosuresDocument::empty);
    }

    static DocumentKey keyOf(ParticipantId recipient, ParticipantId person) {
        return DocumentKey.of("received", recipient.value(), person.value());
    }

    /** Everything the recipient received, from every person whose consent allowed it. */
    public List<ReceivedDisclosuresDocument> of(ParticipantId recipient) {
        return findAllUnder(DocumentKey.of("received", recipient.value()));
    }
}
